/**
 * `GET /events`: the `docker` events kept in the bus's history between `since` and
 * `until`, then — when no `until` is given — live events as they happen, filtered by
 * type, action, container, image and label as the Engine API filters them.
 */
import type { JsonMessage } from '../api/types.ts';
import type { EventBus } from '../events/bus.ts';
import type { DockerEventMessage, EngineEvent } from '../events/types.ts';
import { AsyncQueue } from '../util/async-queue.ts';
import { filterValues, type Filters } from './containers/manage.ts';

function matches(message: DockerEventMessage, filters: Filters): boolean {
  const test = (key: string, pred: (v: string) => boolean) => {
    const values = filterValues(filters, key);
    return values.length === 0 || values.some(pred);
  };
  const attrs = message.Actor.Attributes;
  return (
    test('type', (v) => message.Type === v) &&
    test('event', (v) => message.Action === v || message.Action.startsWith(`${v}:`)) &&
    test('container', (v) => message.Type === 'container' && (message.Actor.ID.startsWith(v) || attrs.name === v)) &&
    test('image', (v) => attrs.image === v || message.Actor.ID === v) &&
    test('label', (v) => {
      const [k, val] = v.split('=');
      return val === undefined ? k in attrs : attrs[k] === val;
    })
  );
}

export function eventStream(bus: EventBus, options: { since?: number; until?: number; filters?: Filters }): AsyncIterable<JsonMessage> {
  const filters = options.filters ?? {};
  const inWindow = (m: DockerEventMessage) =>
    (options.since === undefined || m.timeNano >= options.since * 1e9) && (options.until === undefined || m.timeNano <= options.until * 1e9);
  const toMessage = (m: DockerEventMessage): JsonMessage => ({
    status: m.Action,
    id: m.Actor.ID,
    from: m.Actor.Attributes.image,
    ...m,
  });
  const queue = new AsyncQueue<JsonMessage>();
  if (options.since !== undefined) {
    for (const event of bus.history) {
      if (event.kind === 'docker' && inWindow(event.message) && matches(event.message, filters)) queue.push(toMessage(event.message));
    }
  }
  if (options.until !== undefined) {
    queue.close();
    return queue;
  }
  const unsubscribe = bus.subscribe((event: EngineEvent) => {
    if (event.kind === 'docker' && matches(event.message, filters)) queue.push(toMessage(event.message));
  });
  queue.onReturn = unsubscribe;
  return queue;
}
