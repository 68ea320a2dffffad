/**
 * The daemon's layer store (moby layer/layer_store.go, much reduced): read-only layers
 * keyed by chain ID, each holding its uncompressed tar in the content store. Layers
 * are reference counted: an image holds one reference on its top layer and every layer
 * one on its parent, so removing the last image that uses a layer frees it, and
 * `docker rmi` can report the chain IDs it deleted.
 *
 * Boundary: this file knows nothing of images or registries; it stores diffs.
 */
import type { ContentStore } from '../content/store.ts';
import { chainIds, diffIdOf } from '../layer/ids.ts';
import { layerSize, snapshotFromLayers } from '../layer/changes.ts';
import type { Digest } from '../util/digest.ts';

export interface Layer {
  chainId: Digest;
  diffId: Digest;
  /** Chain ID of the layer below, if any. */
  parent?: Digest;
  /** Diff size in bytes (declared sizes of the files in the tar). */
  size: number;
  /** Digest of the tar bytes in the content store (equals diffId). */
  tarDigest: Digest;
  /** The diff IDs from the bottom of the stack up to and including this layer. */
  diffIds: Digest[];
  /** Images using it as their top layer plus layers using it as parent. */
  refs: number;
}

export type Snapshot = ReturnType<typeof snapshotFromLayers>;

export class LayerStore {
  private readonly layers = new Map<Digest, Layer>();
  private readonly snapshots = new Map<Digest, Snapshot>();

  constructor(private readonly content: ContentStore) {}

  /**
   * Add a diff on top of `parent` (idempotent: an existing chain is returned as is).
   * A new layer takes no reference of its own; the image (or child layer) does.
   * @example const base = layers.register(tar); const top = layers.register(tar2, base.chainId);
   */
  register(tar: Uint8Array, parent?: Digest): Layer {
    const below = parent ? this.mustGet(parent) : undefined;
    const diffId = diffIdOf(tar);
    const diffIds = [...(below?.diffIds ?? []), diffId];
    const chainId = chainIds(diffIds)[diffIds.length - 1];
    const existing = this.layers.get(chainId);
    if (existing) return existing;
    const tarDigest = this.content.put(tar);
    const layer: Layer = { chainId, diffId, parent, size: layerSize(tar), tarDigest, diffIds, refs: 0 };
    this.layers.set(chainId, layer);
    if (below) below.refs++;
    return layer;
  }

  get(chainId: Digest): Layer | undefined {
    return this.layers.get(chainId);
  }

  has(chainId: Digest): boolean {
    return this.layers.has(chainId);
  }

  /** The chain ID a stack of diff IDs would have (whether or not it is stored). */
  chainIdOf(diffIds: Digest[]): Digest | undefined {
    return diffIds.length === 0 ? undefined : chainIds(diffIds)[diffIds.length - 1];
  }

  /** The uncompressed tar of one layer's diff. */
  tar(chainId: Digest): Uint8Array {
    const bytes = this.content.get(this.mustGet(chainId).tarDigest);
    if (!bytes) throw new Error(`layer tar missing from content store: ${chainId}`);
    return bytes;
  }

  /** The layers of a chain, bottom first. */
  stack(chainId: Digest): Layer[] {
    const out: Layer[] = [];
    for (let l: Layer | undefined = this.mustGet(chainId); l; l = l.parent ? this.layers.get(l.parent) : undefined) out.unshift(l);
    return out;
  }

  retain(chainId: Digest): void {
    this.mustGet(chainId).refs++;
  }

  /**
   * Drop one reference; layers left unreferenced are deleted, walking down the chain.
   * Returns the deleted chain IDs, top first (the `Deleted:` lines of `docker rmi`).
   */
  release(chainId: Digest): Digest[] {
    const removed: Digest[] = [];
    let layer = this.layers.get(chainId);
    if (layer) layer.refs--;
    while (layer && layer.refs <= 0) {
      this.layers.delete(layer.chainId);
      this.snapshots.delete(layer.chainId);
      removed.push(layer.chainId);
      if (![...this.layers.values()].some((l) => l.tarDigest === layer!.tarDigest)) this.content.delete(layer.tarDigest);
      layer = layer.parent ? this.layers.get(layer.parent) : undefined;
      if (layer) layer.refs--;
    }
    return removed;
  }

  /** Unreferenced layers (registered but never used by an image) are dropped. */
  releaseIfUnused(chainId: Digest): Digest[] {
    const layer = this.layers.get(chainId);
    if (!layer || layer.refs > 0) return [];
    layer.refs = 1;
    return this.release(chainId);
  }

  all(): Layer[] {
    return [...this.layers.values()];
  }

  /**
   * The merged filesystem of a chain (bottom layer first), cached by chain ID. Callers
   * must treat it as read-only: a container's writable layer goes on top of it.
   */
  snapshot(chainId: Digest): Snapshot {
    let snap = this.snapshots.get(chainId);
    if (!snap) {
      snap = snapshotFromLayers(this.stack(chainId).map((l) => this.tar(l.chainId)));
      this.snapshots.set(chainId, snap);
    }
    return snap;
  }

  private mustGet(chainId: Digest): Layer {
    const layer = this.layers.get(chainId);
    if (!layer) throw new Error(`unknown layer ${chainId}`);
    return layer;
  }
}
