/**
 * Which Engine API requests the inspectors made themselves. The router announces every
 * request on the event bus synchronously inside `handle()`, before its first await; a
 * request started while `track` runs is therefore ours. The API log hides these by
 * default, and the trace could too: looking at the engine is not part of the story.
 */
import type { EngineEvent } from '../../engine/events/types.ts';

export interface EventSource {
  subscribe(listener: (event: EngineEvent) => void): () => void;
}

export class OwnRequests {
  private readonly ids = new Set<number>();
  private capturing = 0;

  constructor(events: EventSource) {
    events.subscribe((event) => {
      if (this.capturing > 0 && event.kind === 'api.request') this.ids.add(event.requestId);
    });
  }

  /** Run `start` (which must call `api.handle` synchronously) and remember its request. */
  track<T>(start: () => Promise<T>): Promise<T> {
    this.capturing++;
    try {
      return start();
    } finally {
      this.capturing--;
    }
  }

  has(requestId: number): boolean {
    return this.ids.has(requestId);
  }
}

const trackers = new WeakMap<EventSource, OwnRequests>();

/** The tracker of one daemon's event bus (one per session). */
export function ownRequests(events: EventSource): OwnRequests {
  let tracker = trackers.get(events);
  if (!tracker) trackers.set(events, (tracker = new OwnRequests(events)));
  return tracker;
}
