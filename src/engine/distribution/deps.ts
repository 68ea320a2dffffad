/**
 * What pull and push need from the daemon: its stores, the reachable registries, the
 * layer/blob metadata, the clock that makes transfers take (virtual) time, and the
 * event bus the trace is built from.
 */
import { EngineError } from '../errdefs.ts';
import type { ImageDeps } from '../image/delete.ts';
import type { Registries } from '../registry/registries.ts';
import type { Registry } from '../registry/registry.ts';
import type { DistributionMetadata } from './metadata.ts';

/** Something that can wait virtual time (VirtualClock). */
export interface Sleeper {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface DistributionDeps extends ImageDeps {
  registries: Registries;
  metadata: DistributionMetadata;
  /** Without one, transfers take no time. */
  clock?: Sleeper;
  /** Simulated link speed, bytes per second of virtual time (default 50 MB/s). */
  bytesPerSecond?: number;
  /** Parallel layer downloads (dockerd --max-concurrent-downloads, default 3). */
  maxConcurrentDownloads?: number;
  /** Parallel layer uploads (dockerd --max-concurrent-uploads, default 5). */
  maxConcurrentUploads?: number;
}

export const DEFAULT_BYTES_PER_SECOND = 50_000_000;

/** The host name moby's errors use for a registry's API endpoint. */
export function endpointHost(host: string): string {
  return host === 'docker.io' ? 'registry-1.docker.io' : host;
}

/**
 * The registry for a reference's domain, or the error dockerd gives when nothing
 * listens there.
 * @example registryFor(deps, 'localhost:5000') // throws "…connect: connection refused" until added
 */
export function registryFor(deps: DistributionDeps, host: string): Registry {
  const registry = deps.registries.get(host);
  if (registry) return registry;
  const [name, port] = host.split(':');
  const ip = name === 'localhost' ? '127.0.0.1' : name;
  const detail = name === 'localhost' ? `dial tcp ${ip}:${port ?? '443'}: connect: connection refused` : `dial tcp: lookup ${name}: no such host`;
  throw new EngineError('System', `Get "https://${host}/v2/": ${detail}`);
}
