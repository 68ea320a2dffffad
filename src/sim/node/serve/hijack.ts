/**
 * Connection hijacking for `POST /containers/{id}/attach` and `POST /exec/{id}/start`
 * (Engine API §1.7). The real CLI sends `Connection: Upgrade` / `Upgrade: tcp` and
 * requires `101 UPGRADED`; after that the raw socket carries output frames to the
 * client and stdin bytes from it. Node hands such requests to the server's 'upgrade'
 * event with the socket, so the HTTP exchange is written here by hand.
 *
 * Stdin goes to the engine as the in-process CLI hands it over: for attach the request
 * body is an async iterable of byte chunks; for exec start it is the `stdin` field next
 * to the JSON options; the engine feeds it to PID 1 (OpenStdin) or the exec process,
 * and the client's half-close (EOF) ends it.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiHandler, ApiResponse } from '../../../engine/api/types.ts';
import { frameEncoder } from './frames.ts';
import { bodyLimits, decodeBody, HttpError, lowerHeaders, splitUrl } from './http-request.ts';
import { jsonText } from './http-response.ts';
import { pump, writableTarget } from './pump.ts';
import { ByteReader } from './byte-reader.ts';

const attachPath = /^(\/v\d+\.\d+)?\/containers\/[^/]+\/attach$/;
const execStartPath = /^(\/v\d+\.\d+)?\/exec\/[^/]+\/start$/;

/** Whether a request may be upgraded to a raw stream. */
export function isHijackable(method: string | undefined, path: string): boolean {
  return method === 'POST' && (attachPath.test(path) || execStartPath.test(path));
}

export function upgradedHead(contentType: string): string {
  return `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${contentType}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n`;
}

/** A complete, non-upgraded HTTP response written on the raw socket, then closed. */
export function writeRaw(socket: Duplex, status: number, headers: Record<string, string>, body?: unknown): void {
  const text = body === undefined || status === 204 || status === 304 ? '' : typeof body === 'string' ? body : jsonText(body);
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`];
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() !== 'content-length') lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${Buffer.byteLength(text)}`, 'Connection: close', '', text);
  socket.end(lines.join('\r\n'));
}

export interface HijackOptions {
  api: ApiHandler;
  onError: (error: unknown) => void;
}

/** Serves one upgrade request on its socket, from request body to the closing of the stream. */
export async function serveUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, options: HijackOptions): Promise<void> {
  socket.on('error', () => undefined);
  const { path, query } = splitUrl(req.url ?? '/');
  const headers = lowerHeaders(req.headers);
  const json = { 'Content-Type': 'application/json' };
  if (!isHijackable(req.method, path)) {
    writeRaw(socket, 404, json, { message: 'page not found' });
    return;
  }
  const reader = new ByteReader(socket, head);
  let response: ApiResponse;
  try {
    const length = Number(headers['content-length'] ?? 0);
    if (headers['transfer-encoding']?.includes('chunked')) throw new HttpError(400, 'a chunked request body cannot be hijacked');
    if (!Number.isFinite(length) || length > bodyLimits.json) throw new HttpError(413, `request body too large: the limit is 1 MB`);
    const parsed = decodeBody(path, headers, await reader.read(length));
    const stdin: AsyncIterable<Uint8Array> = reader.rest();
    const body = attachPath.test(path) ? stdin : { ...((parsed ?? {}) as object), stdin };
    response = await options.api.handle({ method: 'POST', path, query, headers, body });
  } catch (error) {
    reader.stop();
    if (error instanceof HttpError) writeRaw(socket, error.status, json, { message: error.message });
    else {
      options.onError(error);
      writeRaw(socket, 500, json, { message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (!response.frames || response.status >= 300) {
    reader.stop();
    writeRaw(socket, response.status, response.headers, response.body);
    return;
  }
  const contentType = response.headers['Content-Type'] ?? 'application/vnd.docker.multiplexed-stream';
  socket.write(upgradedHead(contentType));
  const end = await pump(response.frames, writableTarget(socket), frameEncoder(contentType));
  reader.stop();
  if (end === 'done') socket.end();
}
