/**
 * The engine's event stream. Subscribers are called synchronously in emission order;
 * a throwing subscriber is dropped from that delivery rather than breaking the engine.
 */
import type { Clock } from '../util/clock.ts';
import type { EngineEvent, EngineEventBody, EventListener } from './types.ts';

export class EventBus {
  private listeners = new Set<EventListener>();
  private seq = 0;
  /** The `docker` events kept for `GET /events?since=` (bounded). */
  readonly history: EngineEvent[] = [];
  private readonly historyLimit = 1000;

  constructor(private readonly clock: Clock) {}

  emit(body: EngineEventBody): EngineEvent {
    const event = { ...body, seq: ++this.seq, at: this.clock.now() } as EngineEvent;
    if (event.kind === 'docker') {
      this.history.push(event);
      if (this.history.length > this.historyLimit) this.history.shift();
    }
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A broken observer must never break the daemon.
      }
    }
    return event;
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
