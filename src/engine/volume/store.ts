/**
 * The daemon's volumes (moby volume/service + the local driver): create (an existing
 * name returns the existing volume, as Docker does), lookup, reference counting by
 * container, removal that refuses volumes in use, prune, and sizes for `system df`.
 * Mount specs are parsed in mount-spec.ts, the container hooks are in
 * container-mounts.ts, the JSON in views.ts.
 */
import { conflict, invalidParameter, notFound } from '../errdefs.ts';
import type { EventBus } from '../events/bus.ts';
import { MemFs } from '../fs/memfs.ts';
import type { Clock } from '../util/clock.ts';
import { emitVolumeEvent } from './events.ts';
import { directorySize } from './size.ts';
import { anonymousLabel, invalidNameMessage, type Volume } from './volume.ts';

export interface VolumeDeps {
  clock: Clock;
  events: EventBus;
  newId(): string;
}

/** The body of `POST /volumes/create` (moby volume.CreateOptions). */
export interface VolumeCreateRequest {
  Name?: string;
  Driver?: string;
  DriverOpts?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

/** Options the local driver understands (`-o type=tmpfs -o device=tmpfs -o o=size=100m`). */
const localOptions = ['type', 'device', 'o', 'size'];

export class VolumeStore {
  private readonly byName = new Map<string, Volume>();

  constructor(readonly deps: VolumeDeps) {}

  all(): Volume[] {
    return [...this.byName.values()];
  }

  find(name: string): Volume | undefined {
    return this.byName.get(name);
  }

  /** @throws EngineError NotFound `get myvol: no such volume` */
  get(name: string): Volume {
    const volume = this.byName.get(name);
    if (!volume) throw notFound(`get ${name}: no such volume`);
    return volume;
  }

  /**
   * Creates a volume; without a name an anonymous one (64-hex name, anonymous label).
   * A name that exists returns the existing volume unchanged.
   */
  create(request: VolumeCreateRequest = {}): Volume {
    const driver = request.Driver || 'local';
    const anonymous = !request.Name;
    const name = request.Name || this.deps.newId();
    const existing = this.byName.get(name);
    if (existing) return existing;
    if (driver !== 'local') throw notFound(`create ${name}: error looking up volume plugin ${driver}: plugin "${driver}" not found`);
    const bad = invalidNameMessage(name);
    if (bad) throw invalidParameter(`create ${name}: ${bad}`);
    for (const key of Object.keys(request.DriverOpts ?? {})) {
      if (!localOptions.includes(key)) throw invalidParameter(`create ${name}: invalid option key: "${key}"`);
    }
    const labels = anonymous ? { ...(request.Labels ?? {}), [anonymousLabel]: '' } : (request.Labels ?? null);
    const volume: Volume = {
      name,
      driver: 'local',
      createdAt: this.deps.clock.now(),
      labels,
      options: request.DriverOpts ?? null,
      anonymous,
      fs: new MemFs({ clock: this.deps.clock }),
      users: new Set(),
    };
    this.byName.set(name, volume);
    emitVolumeEvent(this.deps, name, 'create', { driver: 'local' });
    return volume;
  }

  /** A container starts referencing the volume (at container create). */
  acquire(name: string, containerId: string): Volume {
    const volume = this.get(name);
    volume.users.add(containerId);
    return volume;
  }

  /** The container no longer references it (at container remove). */
  release(name: string, containerId: string): void {
    this.byName.get(name)?.users.delete(containerId);
  }

  /**
   * `docker volume rm`. `force` only forgives a missing volume; one in use is refused.
   * @throws Conflict `remove myvol: volume is in use - [<container id>]`
   */
  remove(name: string, options: { force?: boolean } = {}): void {
    const volume = this.byName.get(name);
    if (!volume) {
      if (options.force) return;
      throw notFound(`get ${name}: no such volume`);
    }
    if (volume.users.size > 0) throw conflict(`remove ${name}: volume is in use - [${[...volume.users].join(' ')}]`);
    this.byName.delete(name);
    emitVolumeEvent(this.deps, name, 'destroy', { driver: 'local' });
  }

  /**
   * `docker volume prune`: unused anonymous volumes, or every unused volume with `all`
   * (API ≥ 1.42). `keep` lets label filters protect volumes.
   */
  prune(options: { all?: boolean; keep?: (v: Volume) => boolean } = {}): { deleted: string[]; reclaimed: number } {
    const deleted: string[] = [];
    let reclaimed = 0;
    for (const volume of this.all()) {
      if (volume.users.size > 0 || (!options.all && !volume.anonymous) || options.keep?.(volume)) continue;
      reclaimed += this.size(volume);
      this.remove(volume.name);
      deleted.push(volume.name);
    }
    emitVolumeEvent(this.deps, '', 'prune', { reclaimed: String(reclaimed) });
    return { deleted, reclaimed };
  }

  /** Bytes of file data in the volume. */
  size(volume: Volume): number {
    return directorySize(volume.fs);
  }

  /** `UsageData` for `GET /system/df`. */
  usage(volume: Volume): { Size: number; RefCount: number } {
    return { Size: this.size(volume), RefCount: volume.users.size };
  }
}
