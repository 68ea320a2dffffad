/**
 * What each layer of an image did to the filesystem — the dive-style view the web app's
 * Images inspector shows: files added, changed or removed per layer, and the bytes a
 * layer carries that a later layer overwrites or deletes ("wasted space"). Dockyard's own
 * endpoint (`GET /_dockyard/images/{name}/layers`): Docker has no API for this; `docker
 * save` would hand over the tars and dive reads those. Computed from the real layer tars.
 */
import type { ImageRecord } from '../../image/store.ts';
import { readTar } from '../../layer/tar.ts';
import { parseWhiteout } from '../../layer/whiteout.ts';
import { MemFs } from '../../fs/memfs.ts';
import type { ImageService } from './service.ts';

export interface LayerFile {
  path: string;
  kind: 'A' | 'C' | 'D';
  size: number;
}

export interface LayerFiles {
  diffId: string;
  size: number;
  files: LayerFile[];
  /** Entries left out beyond the limit. */
  truncated: number;
  /** Bytes of this layer's files that a later layer changes or removes. */
  wasted: number;
}

const limit = 500;

export function imageLayerFiles(service: ImageService, img: ImageRecord): LayerFiles[] {
  const perLayer: LayerFile[][] = img.layers.map((layer, i) => {
    const lower = i === 0 ? undefined : MemFs.from(service.layers.snapshot(img.layers[i - 1].chainId));
    const files: LayerFile[] = [];
    for (const entry of readTar(service.layers.tar(layer.chainId))) {
      const whiteout = parseWhiteout(entry.path);
      if (whiteout?.kind === 'whiteout') files.push({ path: `/${whiteout.path}`, kind: 'D', size: 0 });
      if (whiteout || entry.type === 'dir') continue;
      const path = `/${entry.path}`;
      const existed = lower?.exists(path) ?? false;
      files.push({ path, kind: existed ? 'C' : 'A', size: entry.declaredSize ?? entry.data?.length ?? 0 });
    }
    return files;
  });
  // Walk from the top layer down, remembering every path a later layer touched.
  const touchedLater = new Set<string>();
  const wasted = perLayer.map(() => 0);
  for (let i = perLayer.length - 1; i >= 0; i--) {
    for (const f of perLayer[i]) if (f.kind !== 'D' && touchedLater.has(f.path)) wasted[i] += f.size;
    for (const f of perLayer[i]) touchedLater.add(f.path);
  }
  return img.layers.map((layer, i) => {
    const files = perLayer[i];
    return { diffId: layer.diffId, size: layer.size, files: files.slice(0, limit), truncated: Math.max(0, files.length - limit), wasted: wasted[i] };
  });
}
