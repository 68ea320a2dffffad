/**
 * The JSON view of a volume (moby api/types/volume.Volume), as `GET /volumes`,
 * `GET /volumes/{name}` and `POST /volumes/create` answer; `system df` adds UsageData.
 */
import type { VolumeStore } from './store.ts';
import { mountpointOf, type Volume } from './volume.ts';

/** Go's time.RFC3339 in UTC, whole seconds: `2025-01-02T03:04:05Z`. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'); // a fixed instant from the virtual clock
}

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
