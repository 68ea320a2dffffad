/**
 * What a container's lifecycle asks of volumes (moby daemon/volumes.go): at create,
 * parse `-v`/`--mount`, add anonymous volumes for the image's VOLUMEs, create missing
 * named volumes, take references and copy up image content; at start, the MountFs
 * table and `mount` events; at stop, `unmount` events; at remove, drop references and,
 * with `rm -v`/`--rm`, the anonymous volumes. The container code keeps the returned
 * MountPoints and hands them back at each step.
 */
import { invalidParameter } from '../errdefs.ts';
import { MemFs } from '../fs/memfs.ts';
import type { Mount } from '../fs/mountfs.ts';
import type { FsSnapshot } from '../fs/node.ts';
import type { FileSystem } from '../fs/types.ts';
import { normalize } from '../fs/path.ts';
import { populateFromImage } from './copy-up.ts';
import { emitVolumeEvent } from './events.ts';
import { parseBind, parseMount, type MountRequest, type MountSpec } from './mount-spec.ts';
import type { VolumeStore } from './store.ts';
import { mountpointOf } from './volume.ts';

export interface MountPoint {
  spec: MountSpec;
  /** The volume's name for volume mounts (generated for anonymous ones). */
  name?: string;
}

export interface PrepareMountsInput {
  /** HostConfig.Binds (`-v`). */
  binds?: string[] | null;
  /** HostConfig.Mounts (`--mount`). */
  mounts?: MountRequest[] | null;
  /** Config.Volumes of image and container (`VOLUME /data`): anonymous volumes where nothing else is mounted. */
  volumes?: Record<string, unknown> | null;
  /** The image's root filesystem, for copy-up. */
  imageRootfs?: FsSnapshot;
  /** Whether a host path exists, for `--mount type=bind`. */
  hostPathExists?: (path: string) => boolean;
}

/**
 * At container create. Validates everything before touching any volume.
 * @throws InvalidParameter for bad specs and `Duplicate mount point: /data`
 */
export function prepareMounts(store: VolumeStore, containerId: string, input: PrepareMountsInput): MountPoint[] {
  const specs = [...(input.binds ?? []).map((b) => parseBind(b)), ...(input.mounts ?? []).map((m) => parseMount(m, input.hostPathExists))];
  const targets = new Set<string>();
  for (const spec of specs) {
    if (targets.has(spec.target)) throw invalidParameter(`Duplicate mount point: ${spec.target}`);
    targets.add(spec.target);
  }
  for (const path of Object.keys(input.volumes ?? {})) {
    const target = normalize(path);
    if (targets.has(target)) continue;
    targets.add(target);
    specs.push({ type: 'volume', source: '', target, readOnly: false, mode: '', noCopy: false });
  }
  return specs.map((spec) => {
    if (spec.type !== 'volume') return { spec };
    const volume = store.create(spec.source ? { Name: spec.source } : {});
    store.acquire(volume.name, containerId);
    if (input.imageRootfs && !spec.noCopy) populateFromImage(volume, input.imageRootfs, spec.target);
    return { spec, name: volume.name };
  });
}

/**
 * At container start: the mount table for `new MountFs(rootfs, table)` — volumes'
 * own filesystems, bind sources on the host filesystem, a fresh tmpfs each start — and
 * a `mount` event per volume.
 */
export function mountAtStart(store: VolumeStore, containerId: string, points: MountPoint[], hostFs?: FileSystem): Mount[] {
  return points.flatMap((p): Mount[] => {
    const { spec } = p;
    if (spec.type === 'tmpfs') return [{ path: spec.target, fs: new MemFs({ clock: store.deps.clock }), readOnly: spec.readOnly }];
    if (spec.type === 'bind') return hostFs ? [{ path: spec.target, fs: hostFs, source: spec.source, readOnly: spec.readOnly }] : [];
    const volume = store.get(p.name!);
    emitVolumeEvent(store.deps, volume.name, 'mount', {
      container: containerId,
      destination: spec.target,
      driver: volume.driver,
      propagation: '',
      'read/write': String(!spec.readOnly),
    });
    return [{ path: spec.target, fs: volume.fs, readOnly: spec.readOnly }];
  });
}

/** At container stop (or exit): an `unmount` event per volume. */
export function unmountAtStop(store: VolumeStore, containerId: string, points: MountPoint[]): void {
  for (const p of points) {
    if (p.spec.type === 'volume' && p.name) emitVolumeEvent(store.deps, p.name, 'unmount', { container: containerId, driver: 'local' });
  }
}

/**
 * At container remove: the container stops referencing its volumes; with
 * `removeAnonymous` (`docker rm -v`, `--rm`) its anonymous volumes go too, unless
 * another container still uses them. Named volumes always stay.
 */
export function releaseMounts(store: VolumeStore, containerId: string, points: MountPoint[], options: { removeAnonymous?: boolean } = {}): void {
  for (const p of points) {
    if (p.spec.type !== 'volume' || !p.name) continue;
    store.release(p.name, containerId);
    const volume = store.find(p.name);
    if (options.removeAnonymous && volume?.anonymous && volume.users.size === 0) store.remove(p.name);
  }
}

/** One entry of a container inspect's `Mounts` (and the source of `docker ps`'s MOUNTS). */
export function mountPointView(point: MountPoint): Record<string, unknown> {
  const { spec } = point;
  const common = { Destination: spec.target, Mode: spec.mode, RW: !spec.readOnly };
  if (spec.type === 'volume') {
    return { Type: 'volume', Name: point.name, Source: mountpointOf(point.name ?? ''), ...common, Driver: 'local', Propagation: '' };
  }
  if (spec.type === 'bind') return { Type: 'bind', Source: spec.source, ...common, Propagation: 'rprivate' };
  return { Type: 'tmpfs', Source: '', ...common, Propagation: '' };
}
