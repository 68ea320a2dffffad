/**
 * An image's root filesystem: the merge of its layers, bottom first. The merge is
 * cached per chain ID in the layer store, so every container of an image (and every
 * image sharing that stack) reuses one read-only snapshot.
 */
import { snapshotFromLayers } from '../layer/changes.ts';
import { notFound } from '../errdefs.ts';
import type { Digest } from '../util/digest.ts';
import type { LayerStore, Snapshot } from './layerstore.ts';
import type { ImageStore } from './store.ts';

/**
 * @example const fs = rootfsOf(images, layers, img.id) // read-only merged snapshot
 */
export function rootfsOf(images: ImageStore, layers: LayerStore, imageId: Digest): Snapshot {
  const img = images.get(imageId);
  if (!img) throw notFound(`No such image: ${imageId}`);
  return img.topChainId ? layers.snapshot(img.topChainId) : snapshotFromLayers([]);
}
