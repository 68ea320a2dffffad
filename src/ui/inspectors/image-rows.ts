/**
 * The Images list, as `docker images` shows it: one row per tag (an untagged image gets
 * `<none>`), short ID, created time relative to the session's clock, size in the CLI's
 * units; newest first.
 */
import { humanSize, truncateId } from '../../sim/format/index.ts';
import { timeAgo } from '../../sim/format/duration.ts';
import type { ImageSummary } from './engine-json.ts';

export interface ImageRow {
  /** Unique per row: the image ID plus the tag. */
  key: string;
  id: string;
  shortId: string;
  repository: string;
  tag: string;
  size: string;
  sizeBytes: number;
  created: string;
  /** Images with containers (running or not) cannot be removed without -f. */
  inUse: boolean;
}

/** `sha256:37a17f2345f4…` → `37a17f2345f4` (stringid.TruncateID). */
export const shortId = truncateId;

/** Split `host:5000/repo:tag` at the tag's colon (the last colon after the last slash). */
export function splitTag(reference: string): { repository: string; tag: string } {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  if (colon > slash) return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
  return { repository: reference, tag: '<none>' };
}

/**
 * From `GET /images/json?all=1`, the images `docker images` lists: tagged ones, and
 * untagged ones no other image builds on (dangling). Untagged parents are a build's
 * intermediate images, listed only with `intermediate` (as `docker images -a`).
 */
export function visibleImages(all: readonly ImageSummary[], intermediate = false): ImageSummary[] {
  if (intermediate) return [...all];
  const parents = new Set(all.map((i) => i.ParentId).filter((p) => p !== ''));
  return all.filter((i) => (i.RepoTags ?? []).some((t) => t !== '<none>:<none>') || !parents.has(i.Id));
}

export function imageRows(images: readonly ImageSummary[], nowMs: number): ImageRow[] {
  const rows: ImageRow[] = [];
  for (const image of [...images].sort((a, b) => b.Created - a.Created)) {
    const tags = image.RepoTags && image.RepoTags.length > 0 ? image.RepoTags : ['<none>:<none>'];
    for (const reference of tags) {
      const { repository, tag } = reference === '<none>:<none>' ? { repository: '<none>', tag: '<none>' } : splitTag(reference);
      rows.push({
        key: `${image.Id} ${reference}`,
        id: image.Id,
        shortId: shortId(image.Id),
        repository,
        tag,
        size: humanSize(image.Size),
        sizeBytes: image.Size,
        created: timeAgo(nowMs, image.Created * 1000),
        inUse: image.Containers > 0,
      });
    }
  }
  return rows;
}
