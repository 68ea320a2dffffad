/**
 * The engine events of a running `dockyard serve`, read from its Server-Sent Events
 * stream (`GET /_dockyard/events`) with `fetch`, so the same code runs in the browser and
 * in Node tests. Each `data:` line is one EngineEvent; subscribers hear them in order.
 * When the stream drops, it reconnects after a pause; events sent meanwhile are lost
 * (the status says so). The event bus shape is the engine's: `subscribe` → unsubscribe.
 */
import type { EngineEvent } from '../../engine/events/types.ts';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export const liveEventsPath = '/_dockyard/events';

/** Splits SSE text into complete messages; returns the data of each and the unfinished rest. */
export function parseSse(buffer: string): { data: string[]; rest: string } {
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const data: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.startsWith('data:'));
    if (lines.length > 0) data.push(lines.map((l) => l.slice(l.startsWith('data: ') ? 6 : 5)).join('\n'));
  }
  return { data, rest };
}

export class LiveEvents {
  status: LiveStatus = 'connecting';
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private controller?: AbortController;
  private retry?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly base = '',
    private readonly retryMs = 1500,
  ) {}

  subscribe(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Hand one event to every subscriber (the stream calls this; tests may too). */
  deliver(event: EngineEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A broken subscriber must not stop the stream: report it outside the read loop.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Opens the stream; resolves once the server has answered (or the first try failed). */
  async connect(): Promise<void> {
    if (this.status === 'closed') return;
    const controller = (this.controller = new AbortController());
    try {
      const response = await fetch(`${this.base}${liveEventsPath}`, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
      if (!response.ok || !response.body) throw new Error(`the live event stream answered ${response.status}`);
      this.setStatus('open');
      void this.read(response.body.getReader()).finally(() => this.reconnect());
    } catch {
      this.reconnect();
    }
  }

  close(): void {
    this.setStatus('closed');
    clearTimeout(this.retry);
    this.controller?.abort();
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        const { data, rest } = parseSse(buffer + decoder.decode(value, { stream: true }));
        buffer = rest;
        for (const text of data) this.deliver(JSON.parse(text) as EngineEvent);
      }
    } catch {
      // Dropped or aborted: reconnect() decides.
    }
  }

  private reconnect(): void {
    if (this.status === 'closed') return;
    this.setStatus('reconnecting');
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
  }

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }
}
