/**
 * The content store (containerd's content.Store, much reduced): immutable blobs —
 * layer tars, image configs, manifests — addressed by the sha256 of their bytes.
 * Putting equal bytes twice stores them once, which is why two images sharing a base
 * share its layers. The store owns its copies: callers may reuse their buffers, and
 * must not mutate what `get` returns.
 */
import { digestOf } from '../util/digest.ts';
import type { Digest } from '../util/digest.ts';

export class ContentStore {
  private readonly blobs = new Map<Digest, Uint8Array>();

  /** Stores the bytes (once) and returns their digest. */
  put(bytes: Uint8Array): Digest {
    const digest = digestOf(bytes);
    if (!this.blobs.has(digest)) this.blobs.set(digest, bytes.slice());
    return digest;
  }

  get(digest: Digest): Uint8Array | undefined {
    return this.blobs.get(digest);
  }

  has(digest: Digest): boolean {
    return this.blobs.has(digest);
  }

  /** Size in bytes of a stored blob. */
  size(digest: Digest): number | undefined {
    return this.blobs.get(digest)?.length;
  }

  /** Removes a blob; false when it was not there. */
  delete(digest: Digest): boolean {
    return this.blobs.delete(digest);
  }

  /** Every stored digest, sorted, so listings are deterministic. */
  digests(): Digest[] {
    return [...this.blobs.keys()].sort();
  }

  /** Bytes held by all blobs together. */
  totalSize(): number {
    let total = 0;
    for (const blob of this.blobs.values()) total += blob.length;
    return total;
  }
}
