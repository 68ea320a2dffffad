/**
 * The JSON views of images: the list (`GET /images/json`, ImageSummary), inspect
 * (`GET /images/{name}/json`) and history (`GET /images/{name}/history`), computed from
 * the stores the way moby's daemon/images does.
 */
import type { ImageRecord } from '../../image/store.ts';
import { inspectTime } from '../../container/state.ts';
import type { ImageService } from './service.ts';

export function containersUsing(service: ImageService, id: string): number {
  return (service.deps.containers?.() ?? []).filter((c) => c.imageId === id).length;
}

export function imageSummary(service: ImageService, img: ImageRecord, counts = false): Record<string, unknown> {
  return {
    Containers: counts ? containersUsing(service, img.id) : -1,
    Created: Math.floor(img.created / 1000),
    Id: img.id,
    Labels: img.config.config.Labels ?? null,
    ParentId: img.parent ?? '',
    RepoDigests: service.refs.repoDigests(img.id),
    RepoTags: service.refs.repoTags(img.id),
    SharedSize: -1,
    Size: img.size,
  };
}

export function imageInspect(service: ImageService, img: ImageRecord): Record<string, unknown> {
  const c = img.config;
  return {
    Id: img.id,
    RepoTags: service.refs.repoTags(img.id),
    RepoDigests: service.refs.repoDigests(img.id),
    Parent: img.parent ?? '',
    Comment: c.comment ?? '',
    Created: c.created,
    DockerVersion: c.docker_version ?? '',
    Author: c.author ?? '',
    Config: c.config,
    Architecture: c.architecture,
    Os: c.os,
    Size: img.size,
    GraphDriver: { Data: null, Name: 'overlay2' },
    RootFS: { Type: 'layers', Layers: c.rootfs.diff_ids },
    Metadata: { LastTagTime: inspectTime(img.lastTagTime) },
  };
}

/** moby ImageHistory: newest first; IDs along the parent chain, `<missing>` beyond it. */
export function imageHistory(service: ImageService, img: ImageRecord): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  let layer = 0;
  for (const h of img.config.history) {
    const size = h.empty_layer ? 0 : (img.layers[layer++]?.size ?? 0);
    rows.unshift({ Comment: h.comment ?? '', Created: Math.floor((Date.parse(h.created) || 0) / 1000), CreatedBy: h.created_by ?? '', Id: '<missing>', Size: size, Tags: null });
  }
  let current: ImageRecord | undefined = img;
  for (const row of rows) {
    if (!current) break;
    row.Id = current.id;
    const tags = service.refs.repoTags(current.id);
    row.Tags = tags.length > 0 ? tags : null;
    current = current.parent ? service.images.get(current.parent) : undefined;
  }
  return rows;
}

/** `GET /system/df` image part: unique layer bytes and per-image shared sizes. */
export function imageDiskUsage(service: ImageService): { layersSize: number; images: Record<string, unknown>[] } {
  const useCount = new Map<string, number>();
  for (const img of service.images.all()) for (const l of img.layers) useCount.set(l.chainId, (useCount.get(l.chainId) ?? 0) + 1);
  let layersSize = 0;
  const seen = new Set<string>();
  for (const img of service.images.all()) {
    for (const l of img.layers) {
      if (seen.has(l.chainId)) continue;
      seen.add(l.chainId);
      layersSize += l.size;
    }
  }
  const images = service.images.heads().map((img) => ({
    ...imageSummary(service, img, true),
    SharedSize: img.layers.filter((l) => (useCount.get(l.chainId) ?? 0) > 1).reduce((s, l) => s + l.size, 0),
  }));
  return { layersSize, images };
}
