/**
 * What the daemon remembers about where its layers live in registries (moby
 * distribution/metadata V2MetadataService): diff ID → blob digests and the
 * repositories they were pulled from or pushed to. Push uses it to say `Mounted from
 * library/alpine` instead of uploading a base layer again.
 */
import type { Digest } from '../util/digest.ts';

export interface BlobSource {
  digest: Digest;
  /** Registry host, e.g. `docker.io`. */
  host: string;
  /** Repository path in that registry, e.g. `library/alpine`. */
  repository: string;
}

export class DistributionMetadata {
  private readonly byDiffId = new Map<Digest, BlobSource[]>();

  /**
   * @example metadata.add(diffId, { digest, host: 'docker.io', repository: 'library/alpine' })
   */
  add(diffId: Digest, source: BlobSource): void {
    const list = this.byDiffId.get(diffId) ?? [];
    const same = (s: BlobSource) => s.digest === source.digest && s.host === source.host && s.repository === source.repository;
    // Most recent first: the source last seen is the best mount candidate.
    this.byDiffId.set(diffId, [source, ...list.filter((s) => !same(s))]);
  }

  sources(diffId: Digest): BlobSource[] {
    return this.byDiffId.get(diffId) ?? [];
  }
}
