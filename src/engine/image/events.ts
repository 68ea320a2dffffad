/**
 * `docker events` messages for images (moby daemon.LogImageEvent): the actor ID is the
 * image ID (or, for pull and push, the familiar reference), `name` the reference the
 * action concerns, plus the image's labels as attributes.
 */
import type { EventBus } from '../events/bus.ts';
import type { Clock } from '../util/clock.ts';

export type ImageAction = 'pull' | 'push' | 'tag' | 'untag' | 'delete' | 'import' | 'load' | 'save';

export interface ImageEventSink {
  bus?: EventBus;
  clock?: Clock;
}

/**
 * @example emitImageEvent(sink, 'tag', 'sha256:…', 'myuser/alpine:v1')
 */
export function emitImageEvent(sink: ImageEventSink, action: ImageAction, id: string, name: string, labels: Record<string, string> = {}): void {
  if (!sink.bus) return;
  const ms = sink.clock?.now() ?? 0;
  sink.bus.emit({
    kind: 'docker',
    message: {
      Type: 'image',
      Action: action,
      Actor: { ID: id, Attributes: { ...labels, name } },
      scope: 'local',
      time: Math.floor(ms / 1000),
      timeNano: ms * 1_000_000,
    },
  });
}
