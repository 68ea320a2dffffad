/**
 * The image store (moby image/store.go): image ID → config and what the daemon knows
 * about it beyond the config (parent for locally built images, layer sizes). Creating
 * an image takes a reference on its top layer in the layer store; deleting releases
 * it, which is how `rmi` frees layers no other image uses.
 *
 * Names are not here: tags and digests live in the ReferenceStore.
 */
import { notFound } from '../errdefs.ts';
import type { Digest } from '../util/digest.ts';
import { imageIdOf, parseConfig, serializeConfig, type ImageConfig } from './config.ts';
import type { LayerStore } from './layerstore.ts';

export interface ImageLayerInfo {
  diffId: Digest;
  chainId: Digest;
  size: number;
}

export interface ImageRecord {
  id: Digest;
  configBytes: Uint8Array;
  config: ImageConfig;
  /** Set for images made by the classic builder (its previous step's image). */
  parent?: Digest;
  /** Creation time from the config, ms since the epoch. */
  created: number;
  layers: ImageLayerInfo[];
  /** Sum of the layer sizes: what `docker images` shows. */
  size: number;
  /** Top layer chain ID; undefined for an image without layers. */
  topChainId?: Digest;
  /** Virtual time of the last tag (`Metadata.LastTagTime`), ms; 0 if never tagged. */
  lastTagTime: number;
}

export class ImageStore {
  private readonly images = new Map<Digest, ImageRecord>();

  constructor(private readonly layers: LayerStore) {}

  /**
   * Store an image whose layers are already in the layer store (idempotent).
   * @example const img = images.create(serializeConfig(config)); img.id // 'sha256:…'
   */
  create(configOrBytes: ImageConfig | Uint8Array, options: { parent?: Digest } = {}): ImageRecord {
    const configBytes = configOrBytes instanceof Uint8Array ? configOrBytes : serializeConfig(configOrBytes);
    const id = imageIdOf(configBytes);
    const existing = this.images.get(id);
    if (existing) {
      if (options.parent && !existing.parent) existing.parent = options.parent;
      return existing;
    }
    const config = parseConfig(configBytes);
    const diffIds = config.rootfs.diff_ids;
    const layers = diffIds.map((diffId, i) => {
      const chainId = this.layers.chainIdOf(diffIds.slice(0, i + 1))!;
      const layer = this.layers.get(chainId);
      if (!layer) throw new Error(`image ${id}: layer ${chainId} is not in the layer store`);
      return { diffId, chainId, size: layer.size };
    });
    const topChainId = layers.at(-1)?.chainId;
    if (topChainId) this.layers.retain(topChainId);
    const record: ImageRecord = {
      id,
      configBytes,
      config,
      parent: options.parent,
      created: Date.parse(config.created) || 0,
      layers,
      size: layers.reduce((sum, l) => sum + l.size, 0),
      topChainId,
      lastTagTime: 0,
    };
    this.images.set(id, record);
    return record;
  }

  get(id: Digest): ImageRecord | undefined {
    return this.images.get(id);
  }

  /**
   * Resolve a full ID, `sha256:`-less hex, or a unique prefix of either (as `docker
   * rmi 85bb` does). Ambiguous prefixes resolve to nothing.
   */
  search(prefix: string): ImageRecord | undefined {
    const direct = this.images.get(prefix as Digest);
    if (direct) return direct;
    const hex = prefix.startsWith('sha256:') ? prefix.slice(7) : prefix;
    if (!/^[a-f0-9]+$/.test(hex) || hex.length === 0) return undefined;
    const matches = [...this.images.values()].filter((img) => img.id.slice(7).startsWith(hex));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Images whose parent is `id` ("has dependent child images"). */
  children(id: Digest): ImageRecord[] {
    return [...this.images.values()].filter((img) => img.parent === id);
  }

  /** Images that are nobody's parent. */
  heads(): ImageRecord[] {
    const parents = new Set([...this.images.values()].map((img) => img.parent));
    return [...this.images.values()].filter((img) => !parents.has(img.id));
  }

  /** Remove the image; returns the layer chain IDs freed by it, top first. */
  delete(id: Digest): Digest[] {
    const record = this.images.get(id);
    if (!record) throw notFound(`No such image: ${id}`);
    this.images.delete(id);
    for (const child of this.children(id)) child.parent = undefined;
    return record.topChainId ? this.layers.release(record.topChainId) : [];
  }

  all(): ImageRecord[] {
    return [...this.images.values()];
  }
}
