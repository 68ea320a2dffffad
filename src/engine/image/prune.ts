/**
 * `docker image prune` (moby ImagesPrune, graphdriver store): dangling mode removes
 * untagged top images; `-a` removes every image no container uses. Each image goes
 * through the same delete path as `rmi` (unforced), so images in use fail their
 * conflict check and are skipped. Space reclaimed = diff sizes of the deleted layers.
 */
import { isEngineError } from '../errdefs.ts';
import type { Digest } from '../util/digest.ts';
import { deleteImage, type DeleteItem, type ImageDeps } from './delete.ts';
import { refKey } from './refstore.ts';

export interface PruneReport {
  ImagesDeleted: DeleteItem[];
  SpaceReclaimed: number;
}

/**
 * @example pruneImages(deps, { all: false }) // { ImagesDeleted: [...], SpaceReclaimed: 0 }
 */
export function pruneImages(deps: ImageDeps, options: { all?: boolean; labels?: (labels: Record<string, string>) => boolean } = {}): PruneReport {
  const danglingOnly = !options.all;
  const layerSizes = new Map(deps.layers.all().map((l) => [l.chainId as string, l.size]));
  const candidates = (danglingOnly ? deps.images.heads() : deps.images.all()).filter((img) => {
    // Intermediate images of a build go with their child, not on their own.
    if (deps.refs.references(img.id).length === 0 && deps.images.children(img.id).length > 0) return false;
    return !options.labels || options.labels(img.config.config.Labels ?? {});
  });
  // Oldest first, for a stable order (Go iterates a map here).
  candidates.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));

  const report: PruneReport = { ImagesDeleted: [], SpaceReclaimed: 0 };
  for (const img of candidates) {
    if (!deps.images.get(img.id)) continue;
    const refs = deps.refs.references(img.id);
    const tryDelete = (name: string) => {
      try {
        report.ImagesDeleted.push(...deleteImage(deps, name, { force: false }));
      } catch (e) {
        if (!isEngineError(e, 'Conflict') && !isEngineError(e, 'NotFound')) throw e;
      }
    };
    if (refs.length === 0) {
      tryDelete(img.id.slice(7));
    } else if (!danglingOnly || !refs.some((r) => r.tag && !r.digest)) {
      for (const r of refs) tryDelete(refKey(r));
    }
  }
  for (const item of report.ImagesDeleted) {
    if ('Deleted' in item) report.SpaceReclaimed += layerSizes.get(item.Deleted as Digest) ?? 0;
  }
  return report;
}
