/**
 * The daemon: one simulated dockerd with its injected clock and seed, its stores, the
 * userland its containers run, and the Engine API router in front of it. Everything a
 * client does goes through `api.handle(request)`; `events` is the trace's source.
 */
import { createRouter } from '../api/router.ts';
import { archiveRoutes } from '../api/routes/archive.ts';
import { buildRoutes } from '../api/routes/build.ts';
import { containerRoutes } from '../api/routes/containers.ts';
import { imageRoutes } from '../api/routes/images.ts';
import { systemRoutes } from '../api/routes/system.ts';
import type { ApiHandler } from '../api/types.ts';
import { EventBus } from '../events/bus.ts';
import type { ProgramResolver } from '../process/runtime.ts';
import { hubPrograms } from '../programs/index.ts';
import { nodeProgram, npmProgram } from '../programs/npm/index.ts';
import { createUserland } from '../shell/userland.ts';
import { VirtualClock } from '../util/clock.ts';
import { createRng, type Rng } from '../util/rng.ts';
import { ExecStore } from './containers/exec-store.ts';
import { PortAllocator } from './containers/ports.ts';
import { ContainerStore } from './containers/store.ts';
import { createIdGenerator, type DaemonContext } from './context.ts';
import { ImageService } from './images/service.ts';
import { wireLocalRegistries } from './local-registry.ts';
import { networkRoutes } from '../api/routes/networks.ts';
import { volumeRoutes } from '../api/routes/volumes.ts';
import { NetworkStore } from '../network/store.ts';
import { VolumeStore } from '../volume/store.ts';
import { MemFs } from '../fs/memfs.ts';
import { NetFabric } from '../net/fabric.ts';
import type { FileSystem } from '../fs/types.ts';

export interface DaemonOptions {
  /** Seed of every ID, name and random port. Default 1. */
  seed?: number;
  /** A clock to share (the host's); otherwise a new one starting at `startTime`. */
  clock?: VirtualClock;
  /** Virtual start time, ms since the epoch. Default 2026-11-30T09:00:00Z. */
  startTime?: number;
  /** The host machine's filesystem (bind mounts, build contexts); an empty one by default. */
  hostFs?: FileSystem;
}

export const defaultStartTime = Date.UTC(2026, 10, 30, 9, 0, 0);

export class Daemon implements DaemonContext {
  readonly clock: VirtualClock;
  readonly rng: Rng;
  readonly events: EventBus;
  readonly containers = new ContainerStore();
  readonly execs = new ExecStore();
  readonly ports: PortAllocator;
  readonly networks: NetworkStore;
  readonly volumes: VolumeStore;
  hostFs: FileSystem;
  readonly images: ImageService;
  readonly programs: ProgramResolver;
  readonly api: ApiHandler;
  readonly id: string;
  readonly newId: () => string;
  // Host PIDs: the simulated host already runs its own processes, so containers start higher.
  private nextPid = 2000;
  readonly pids = { next: () => this.nextPid++ };
  /** The virtual TCP/HTTP network between containers and the host (reads the stores lazily). */
  readonly net: NetFabric = new NetFabric(this);

  constructor(options: DaemonOptions = {}) {
    this.clock = options.clock ?? new VirtualClock(options.startTime ?? defaultStartTime);
    this.rng = createRng(options.seed ?? 1);
    this.events = new EventBus(this.clock);
    this.ports = new PortAllocator(this.rng);
    this.newId = createIdGenerator(this.rng);
    const hex = this.newId();
    // dockerd's engine ID is a UUID (daemon/config: engine-id).
    this.id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
    this.images = new ImageService(this.clock, this.events, this.containers);
    this.networks = new NetworkStore({
      clock: this.clock,
      events: this.events,
      newId: this.newId,
      containerName: (id) => this.containers.find(id)?.name,
      containerHostname: (id) => this.containers.find(id)?.config.Hostname,
    });
    this.volumes = new VolumeStore({ clock: this.clock, events: this.events, newId: this.newId });
    this.hostFs = options.hostFs ?? new MemFs({ clock: this.clock });
    this.programs = createUserland({ ...hubPrograms(), npm: npmProgram, node: nodeProgram });
    wireLocalRegistries(this.events, this.containers, this.images.registries);
    this.api = createRouter(
      [
        ...systemRoutes(this, this.id, () => this.images.images.heads().length),
        ...containerRoutes(this),
        ...imageRoutes(this, this.images),
        ...buildRoutes(this, this.images),
        ...networkRoutes(this, this.networks),
        ...volumeRoutes(this, this.volumes),
        ...archiveRoutes(this, this.images),
      ],
      this.events,
    );
  }
}
