/**
 * What the daemon's operations share: the injected clock and seeded generator, the
 * event bus, the stores, and the userland programs containers run. Operations are
 * plain functions over this context, one concern per file, as moby's daemon/ package.
 */
import type { EventBus } from '../events/bus.ts';
import type { FsSnapshot } from '../fs/node.ts';
import type { RunConfig } from '../image/config.ts';
import type { ProgramResolver } from '../process/runtime.ts';
import type { VirtualClock } from '../util/clock.ts';
import type { Rng } from '../util/rng.ts';
import type { ContainerStore } from './containers/store.ts';
import type { ExecStore } from './containers/exec-store.ts';
import type { PortAllocator } from './containers/ports.ts';
import type { NetworkStore } from '../network/store.ts';
import type { VolumeStore } from '../volume/store.ts';
import type { FileSystem } from '../fs/types.ts';

/** What containers need from images: the daemon's image service (image/ and distribution/). */
export interface ImageBackend {
  /**
   * The image a reference or ID names, as `docker create` resolves it.
   * @throws EngineError NotFound `No such image: alpine:latest`
   */
  resolve(ref: string): { id: string; config: RunConfig };
  /** The image's root filesystem, assembled from its layers. */
  rootfs(id: string): FsSnapshot;
}

export interface DaemonContext {
  readonly clock: VirtualClock;
  readonly rng: Rng;
  readonly events: EventBus;
  readonly containers: ContainerStore;
  readonly execs: ExecStore;
  readonly ports: PortAllocator;
  readonly networks: NetworkStore;
  readonly volumes: VolumeStore;
  /** The machine the daemon runs on: where bind mounts and `docker build .` find their files. */
  readonly hostFs: FileSystem;
  readonly images: ImageBackend;
  readonly programs: ProgramResolver;
  readonly pids: { next(): number };
  /** Fresh 64-hex IDs (moby regenerates IDs whose short form is all digits). */
  newId(): string;
}

export function createIdGenerator(rng: Rng): () => string {
  return () => {
    for (;;) {
      const id = rng.hex(32);
      if (!/^\d{12}/.test(id)) return id;
    }
  };
}
