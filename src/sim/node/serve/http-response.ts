/**
 * ApiResponse out as HTTP, the way dockerd writes it: a JSON body plus `\n`; nothing
 * for 204/304 and HEAD; `later` (wait) flushes the headers at once and writes the body
 * when it resolves; `messages` as chunked JSON objects each followed by `\r\n`;
 * `frames` multiplexed with 8-byte headers, or raw for a raw-stream Content-Type.
 */
import type { ServerResponse } from 'node:http';
import type { ApiResponse, JsonMessage } from '../../../engine/api/types.ts';
import { defaultHeaders } from '../../../engine/api/router.ts';
import { frameEncoder } from './frames.ts';
import { pump, writableTarget, type PumpEnd } from './pump.ts';

/** The JSON text of a body, with the newline Go's json.Encoder adds. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** Writes a plain JSON error with the daemon's headers (for failures outside the engine). */
export function writeError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = jsonText({ message });
  res.writeHead(status, { ...defaultHeaders(), 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function bodyBytes(body: unknown, headers: Record<string, string>): Buffer {
  const type = headerValue(headers, 'content-type') ?? '';
  if (typeof body === 'string' && !type.includes('json')) return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  return Buffer.from(jsonText(body));
}

/** Writes one engine response; resolves when it is fully sent or the client went away. */
export async function writeResponse(res: ServerResponse, response: ApiResponse, method: string): Promise<PumpEnd> {
  const headers = { ...response.headers };
  const noBody = response.status === 204 || response.status === 304 || (response.status >= 100 && response.status < 200);
  if (response.later) {
    res.writeHead(response.status, headers);
    res.flushHeaders();
    const target = writableTarget(res);
    const outcome = await Promise.race([response.later.then((body) => ({ body })), target.gone.then(() => undefined)]);
    if (!outcome) return 'dropped';
    res.end(jsonText(outcome.body));
    return 'done';
  }
  if (response.messages || response.frames) {
    res.writeHead(response.status, headers);
    res.flushHeaders();
    const target = writableTarget(res);
    const end = response.messages
      ? await pump<JsonMessage>(response.messages, target, (m) => `${JSON.stringify(m)}\r\n`)
      : await pump(response.frames!, target, frameEncoder(headerValue(headers, 'content-type')));
    if (end === 'done') res.end();
    return end;
  }
  if (noBody || response.body === undefined) {
    if (!noBody && headerValue(headers, 'content-length') === undefined) headers['Content-Length'] = '0';
    res.writeHead(response.status, headers);
    res.end();
    return 'done';
  }
  const bytes = bodyBytes(response.body, headers);
  if (headerValue(headers, 'content-type') === undefined) headers['Content-Type'] = 'application/json';
  headers['Content-Length'] = String(bytes.length);
  res.writeHead(response.status, headers);
  res.end(method === 'HEAD' ? undefined : bytes);
  return 'done';
}
