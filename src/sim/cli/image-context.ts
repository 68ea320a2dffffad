/**
 * Rows of `docker images`, as docker/cli's image formatter derives them from an
 * ImageSummary: one row per familiar repository and tag, `<none>` for dangling images
 * and digest-only references, 12-hex IDs, "N units ago", sizes with 3 significant
 * digits, and `N/A` for the counts the daemon did not compute (-1).
 */
import { goTimeString, humanSize, timeAgo, truncateId } from '../format/index.ts';
import { familiarName } from '../../engine/reference/index.ts';
import { normalizedNamed } from './refs.ts';

export interface ImageSummary {
  Id: string;
  ParentId?: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created?: number;
  Size?: number;
  SharedSize?: number;
  Containers?: number;
  Labels?: Record<string, string> | null;
}

export const imageHeaders: Record<string, string> = {
  ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT',
  Size: 'SIZE', Containers: 'CONTAINERS', VirtualSize: 'VIRTUAL SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE',
};

function isDangling(img: ImageSummary): boolean {
  const tags = img.RepoTags ?? [];
  const digests = img.RepoDigests ?? [];
  if (tags.length === 0 && digests.length === 0) return true;
  return tags.length === 1 && tags[0] === '<none>:<none>' && digests.length === 1 && digests[0] === '<none>@<none>';
}

function group(refs: string[], part: 'tag' | 'digest'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of refs) {
    try {
      const ref = normalizedNamed(s);
      const value = ref[part];
      if (value === undefined) continue;
      const name = familiarName(ref);
      out.set(name, [...(out.get(name) ?? []), value]);
    } catch {
      // unparsable references are skipped, as upstream does
    }
  }
  return out;
}

/** imageFormatTaggedAndDigest: the (repo, tag, digest) triples one image shows as. */
export function imageEntries(img: ImageSummary, showDigests: boolean): [string, string, string][] {
  if (isDangling(img)) return [['<none>', '<none>', '<none>']];
  const tags = group(img.RepoTags ?? [], 'tag');
  const digests = group(img.RepoDigests ?? [], 'digest');
  const out: [string, string, string][] = [];
  for (const [repo, repoTags] of tags) {
    const ds = showDigests ? (digests.get(repo) ?? []) : [];
    digests.delete(repo);
    for (const tag of repoTags) {
      if (ds.length === 0) out.push([repo, tag, '<none>']);
      else for (const d of ds) out.push([repo, tag, d]);
    }
  }
  for (const [repo, ds] of digests) {
    if (showDigests) for (const d of ds) out.push([repo, '<none>', d]);
    else out.push([repo, '<none>', '']);
  }
  return out;
}

export function imageRow(img: ImageSummary, entry: [string, string, string], now: number, trunc: boolean): Record<string, string> {
  const created = (img.Created ?? 0) * 1000;
  const size = img.Size ?? 0;
  const shared = img.SharedSize ?? -1;
  return {
    Containers: (img.Containers ?? -1) === -1 ? 'N/A' : String(img.Containers),
    CreatedAt: goTimeString(created),
    CreatedSince: created === 0 ? '' : timeAgo(now, created),
    Digest: entry[2],
    ID: trunc ? truncateId(img.Id) : img.Id,
    Repository: entry[0],
    SharedSize: shared === -1 ? 'N/A' : humanSize(shared),
    Size: humanSize(size),
    Tag: entry[1],
    UniqueSize: shared === -1 || size === -1 ? 'N/A' : humanSize(size - shared),
    VirtualSize: humanSize(size),
  };
}
