/**
 * BuildKit's build cache, reduced to what a Dockerfile build observes: a content
 * addressed key per operation — the parent state's key plus the operation as it will
 * run (RUN: argv, environment, working directory, user; COPY/ADD: the checksums of the
 * copied files, destination and options; WORKDIR: the directory) — maps to the layer the
 * operation produced and when. Metadata instructions are not operations; they only
 * change what later operations see (ENV changes a RUN's key).
 *
 * The cache lives beside the daemon's image service (one per daemon) and holds a
 * reference on every layer chain it records, as BuildKit's snapshots do: removing the
 * image does not lose the cache. There are no intermediate images.
 */
import type { ImageService } from '../../daemon/images/service.ts';
import { canonicalJson } from '../../image/canonical.ts';
import type { Digest } from '../../util/digest.ts';
import { sha256Hex } from '../../util/digest.ts';

export interface CacheRecord {
  /** The diff ID of the layer the operation added. */
  diffId: Digest;
  /** Virtual time the layer was made (its history `created`). */
  created: number;
  /** The layer chain the record holds a reference on (set when stored). */
  chain?: Digest;
  /** Virtual time of the last build that used it. */
  lastUsed?: number;
}

const caches = new WeakMap<ImageService, Map<string, CacheRecord>>();

function cacheOf(service: ImageService): Map<string, CacheRecord> {
  let cache = caches.get(service);
  if (!cache) {
    cache = new Map();
    caches.set(service, cache);
  }
  return cache;
}

/** `sha256:` key of an operation on top of `parent`. */
export function operationKey(parent: string, op: unknown): string {
  return `sha256:${sha256Hex(`${parent}\n${canonicalJson(op)}`)}`;
}

/** The cached result, when its layer chain on top of `parentDiffIds` is still stored. */
export function lookupCache(service: ImageService, key: string, parentDiffIds: Digest[]): CacheRecord | undefined {
  const hit = cacheOf(service).get(key);
  if (!hit) return undefined;
  const chain = service.layers.chainIdOf([...parentDiffIds, hit.diffId]);
  if (!chain || !service.layers.has(chain)) return undefined;
  hit.lastUsed = service.deps.clock?.now() ?? hit.created;
  return hit;
}

export function storeCache(service: ImageService, key: string, parentDiffIds: Digest[], record: CacheRecord): void {
  const cache = cacheOf(service);
  const chain = service.layers.chainIdOf([...parentDiffIds, record.diffId])!;
  const previous = cache.get(key);
  if (previous?.diffId === record.diffId) return;
  if (previous?.chain) service.layers.release(previous.chain);
  service.layers.retain(chain);
  cache.set(key, { ...record, chain, lastUsed: record.created });
}

/** What `docker system df` reports as build cache: one entry per record. */
export function buildCacheUsage(service: ImageService): { ID: string; Type: string; Size: number; CreatedAt: number; LastUsedAt: number; InUse: boolean; Shared: boolean }[] {
  return [...cacheOf(service)].map(([key, r]) => ({
    ID: key.slice(7, 32),
    Type: 'regular',
    Size: r.chain ? (service.layers.get(r.chain)?.size ?? 0) : 0,
    CreatedAt: r.created,
    LastUsedAt: r.lastUsed ?? r.created,
    InUse: false,
    // Shared when an image still uses the layer too (pruning would not free its bytes).
    Shared: r.chain ? service.images.all().some((img) => img.layers.some((l) => l.chainId === r.chain)) : false,
  }));
}

/**
 * `docker builder prune` (`POST /build/prune`): forget every record and release its
 * layer; the bytes reclaimed are those of layers no image still uses.
 */
export function pruneBuildCache(service: ImageService): { CachesDeleted: string[] | null; SpaceReclaimed: number } {
  const cache = cacheOf(service);
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const [key, r] of cache) {
    if (r.chain) {
      const size = service.layers.get(r.chain)?.size ?? 0;
      const freed = service.layers.release(r.chain);
      if (freed.includes(r.chain)) reclaimed += size;
    }
    deleted.push(key.slice(7, 32));
    cache.delete(key);
  }
  return { CachesDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed };
}

/** Number of records (for tests and `docker system df`-like views). */
export function cacheSize(service: ImageService): number {
  return cacheOf(service).size;
}
