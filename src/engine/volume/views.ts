/**
 * The JSON view of a volume (moby api/types/volume.Volume), as `GET /volumes`,
 * `GET /volumes/{name}` and `POST /volumes/create` answer; `system df` adds UsageData.
 */
import { rfc3339 } from '../util/gotime.ts';
import type { VolumeStore } from './store.ts';
import { mountpointOf, type Volume } from './volume.ts';


export function volumeView(volume: Volume): Record<string, unknown> {
  return {
    CreatedAt: rfc3339(volume.createdAt),
    Driver: volume.driver,
    Labels: volume.labels ? { ...volume.labels } : null,
    Mountpoint: mountpointOf(volume.name),
    Name: volume.name,
    Options: volume.options ? { ...volume.options } : null,
    Scope: 'local',
  };
}

/** The `Volumes[]` items of `GET /system/df`: the view plus size and reference count. */
export function volumeDfView(store: VolumeStore, volume: Volume): Record<string, unknown> {
  return { ...volumeView(volume), UsageData: store.usage(volume) };
}
