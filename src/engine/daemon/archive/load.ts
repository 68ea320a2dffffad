/**
 * `POST /images/load` (docker load), as moby's tarexport reads an archive: the Docker
 * `manifest.json` when present (v28's OCI layout carries one, and so do older
 * `<id>/layer.tar` archives), otherwise the OCI `index.json`. Every layer tar must
 * hash to the config's diff_id; layers are registered bottom up, the config stored
 * as is (same bytes, same image ID) and the archive's tags pointed at it.
 */
import { invalidParameter } from '../../errdefs.ts';
import { parseConfig } from '../../image/config.ts';
import { emitImageEvent } from '../../image/events.ts';
import { tagImage } from '../../image/tag.ts';
import { diffIdOf } from '../../layer/ids.ts';
import { readTar } from '../../layer/tar.ts';
import { familiarString, parseNormalizedNamed, tagNameOnly } from '../../reference/index.ts';
import type { Digest } from '../../util/digest.ts';
import type { ImageService } from '../images/service.ts';

interface ManifestItem {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

const decoder = new TextDecoder();

/** The images an archive holds, as manifest.json lists them (derived from index.json if absent). */
function manifestOf(files: Map<string, Uint8Array>): ManifestItem[] {
  const json = (path: string): unknown => {
    const bytes = files.get(path);
    if (!bytes) throw invalidParameter(`invalid archive: ${path} not found`);
    return JSON.parse(decoder.decode(bytes));
  };
  if (files.has('manifest.json')) return json('manifest.json') as ManifestItem[];
  if (!files.has('index.json')) throw invalidParameter('invalid archive: neither manifest.json nor index.json found');
  const blob = (digest: string) => `blobs/${digest.replace(':', '/')}`;
  const index = json('index.json') as { manifests: { digest: string; annotations?: Record<string, string> }[] };
  return index.manifests.map((d) => {
    const m = json(blob(d.digest)) as { config: { digest: string }; layers: { digest: string }[] };
    const name = d.annotations?.['io.containerd.image.name'];
    return { Config: blob(m.config.digest), RepoTags: name ? [familiarString(parseNormalizedNamed(name))] : null, Layers: m.layers.map((l) => blob(l.digest)) };
  });
}

/** @example loadImages(service, tar) // ['Loaded image: alpine:latest\n'] */
export function loadImages(service: ImageService, archive: Uint8Array): string[] {
  const files = new Map<string, Uint8Array>();
  for (const e of readTar(archive)) if (e.type === 'file') files.set(e.path, e.data ?? new Uint8Array(0));
  const lines: string[] = [];
  for (const item of manifestOf(files)) {
    const configBytes = files.get(item.Config);
    if (!configBytes) throw invalidParameter(`invalid archive: ${item.Config} not found`);
    const diffIds = parseConfig(configBytes).rootfs.diff_ids;
    if (diffIds.length !== item.Layers.length) throw invalidParameter('invalid manifest, layers length mismatch');
    let parent: Digest | undefined;
    item.Layers.forEach((path, i) => {
      const tar = files.get(path);
      if (!tar) throw invalidParameter(`invalid archive: ${path} not found`);
      const got = diffIdOf(tar);
      if (got !== diffIds[i]) throw invalidParameter(`invalid diffID for layer ${i}: expected "${diffIds[i]}", got "${got}"`);
      parent = service.layers.register(tar, parent).chainId;
    });
    const image = service.images.create(configBytes);
    const labels = image.config.config.Labels ?? {};
    for (const tag of item.RepoTags ?? []) {
      const ref = tagNameOnly(parseNormalizedNamed(tag));
      const previous = service.refs.get(ref);
      if (previous && previous !== image.id) {
        lines.push(`The image ${familiarString(ref)} already exists, renaming the old one with ID ${previous} to empty string\n`);
      }
      tagImage(service.deps, image.id, familiarString(ref));
      lines.push(`Loaded image: ${familiarString(ref)}\n`);
    }
    if ((item.RepoTags ?? []).length === 0) lines.push(`Loaded image ID: ${image.id}\n`);
    emitImageEvent(service.deps, 'load', image.id, item.RepoTags?.[0] ?? image.id, labels);
  }
  return lines;
}
