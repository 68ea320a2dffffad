/**
 * `GET /_dockyard/events`: Server-Sent Events carrying every engine event — API
 * requests and responses, pulls, layer work, container state, process output — each
 * as `id: <seq>` + `data: <json>`, so the web app in live mode can animate what the
 * real CLI does. Passwords in request bodies (`/auth`) are masked. Browsers on a
 * loopback origin (the Vite dev server) may read it cross-origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../../../engine/events/bus.ts';
import type { EngineEvent } from '../../../engine/events/types.ts';

export const liveEventsPath = '/_dockyard/events';

const loopbackOrigin = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

function mask(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (value && typeof value === 'object' && Symbol.asyncIterator in value) return '<stream>';
  return _key === 'password' || _key === 'identitytoken' ? '********' : value;
}

/** One SSE message for an engine event. */
export function sseMessage(event: EngineEvent): string {
  return `id: ${event.seq}\ndata: ${JSON.stringify(event, mask)}\n\n`;
}

/** Streams events until the client disconnects. */
export function serveLiveEvents(bus: EventBus, req: IncomingMessage, res: ServerResponse, keepAliveMs = 15_000): void {
  const headers: Record<string, string> = {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  };
  const origin = req.headers.origin;
  if (origin && loopbackOrigin.test(origin)) headers['Access-Control-Allow-Origin'] = origin;
  res.writeHead(200, headers);
  res.write(': dockyard live events\n\n');
  const unsubscribe = bus.subscribe((event) => {
    try {
      res.write(sseMessage(event));
    } catch {
      // An event that cannot be serialised is skipped, never fatal.
    }
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
  keepAlive.unref();
  res.once('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
