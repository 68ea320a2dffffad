/**
 * Volume events as `docker events` shows them: the actor is the volume name with its
 * `driver`; mount adds the container, destination and read/write flag, unmount the
 * container; prune reports the bytes reclaimed.
 */
import type { EventBus } from '../events/bus.ts';
import type { Clock } from '../util/clock.ts';

export type VolumeAction = 'create' | 'destroy' | 'mount' | 'unmount' | 'prune';

export function emitVolumeEvent(deps: { clock: Clock; events: EventBus }, id: string, action: VolumeAction, attributes: Record<string, string>): void {
  const now = deps.clock.now();
  deps.events.emit({
    kind: 'docker',
    message: { Type: 'volume', Action: action, Actor: { ID: id, Attributes: attributes }, scope: 'local', time: Math.floor(now / 1000), timeNano: now * 1_000_000 },
  });
}
