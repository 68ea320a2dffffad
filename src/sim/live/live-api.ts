/**
 * The Engine API of a running `dockyard serve`, reached with `fetch` (same origin by
 * default: `/v1.50/...`), shaped as an `ApiHandler`, so the recorder's scene queries and
 * the inspectors read the remote daemon exactly as they read an in-browser one. Every
 * request carries `x-dockyard-observer`: the server's engine marks it as an observer's
 * read, so neither the trace nor the API log counts it as the learner's command.
 * Log streams come back as frames (the 8-byte multiplexed headers are undone here).
 */
import type { ApiHandler, ApiRequest, ApiResponse, StreamFrame } from '../../engine/api/types.ts';

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<Response>;

export const liveObserver = 'dockyard-live';

function queryText(query: ApiRequest['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Splits a multiplexed stdout/stderr stream (or a raw one, all stdout) into frames. */
export function demultiplex(bytes: Uint8Array, raw: boolean): StreamFrame[] {
  if (raw) return bytes.length > 0 ? [{ stream: 1, data: bytes }] : [];
  const frames: StreamFrame[] = [];
  let at = 0;
  while (at + 8 <= bytes.length) {
    const size = ((bytes[at + 4] << 24) >>> 0) + (bytes[at + 5] << 16) + (bytes[at + 6] << 8) + bytes[at + 7];
    frames.push({ stream: bytes[at] === 2 ? 2 : 1, data: bytes.slice(at + 8, at + 8 + size) });
    at += 8 + size;
  }
  return frames;
}

async function* once(frames: StreamFrame[]): AsyncIterable<StreamFrame> {
  yield* frames;
}

export class LiveApi implements ApiHandler {
  constructor(
    /** Where the server is: '' for the page's own origin, or `http://127.0.0.1:2375`. */
    private readonly base = '',
    private readonly fetcher: FetchLike = (url, init) => fetch(url, init),
  ) {}

  async handle(request: ApiRequest): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...request.headers, 'x-dockyard-observer': request.headers?.['x-dockyard-observer'] ?? liveObserver };
    let body: string | undefined;
    if (request.body !== undefined && !(request.body instanceof Uint8Array)) {
      body = JSON.stringify(request.body);
      headers['content-type'] = 'application/json';
    }
    const response = await this.fetcher(`${this.base}${request.path}${queryText(request.query)}`, { method: request.method, headers, body });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => (responseHeaders[key] = value));
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('multiplexed-stream') || type.includes('raw-stream')) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, headers: responseHeaders, frames: once(demultiplex(bytes, type.includes('raw-stream'))) };
    }
    const text = request.method === 'HEAD' ? '' : await response.text();
    if (!text) return { status: response.status, headers: responseHeaders };
    if (!type.includes('json')) return { status: response.status, headers: responseHeaders, body: text };
    try {
      return { status: response.status, headers: responseHeaders, body: JSON.parse(text) as unknown };
    } catch {
      return { status: response.status, headers: responseHeaders, body: text };
    }
  }
}
