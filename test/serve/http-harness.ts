/**
 * Helpers for the HTTP-level tests of the live bridge: raw socket exchanges (for
 * malformed requests and hijacking), engine setup through the API itself, and a daemon
 * whose API is wrapped so a test can see or replace what the server hands to it.
 */
import { connect } from 'node:net';
import type { ApiHandler, ApiRequest, ApiResponse } from '../../src/engine/api/types.ts';
import type { Daemon } from '../../src/engine/daemon/daemon.ts';

/** Sends raw bytes; resolves with everything received until the server closes (or `until` says enough). */
export function rawExchange(port: number, request: string | Uint8Array, until?: (received: Buffer) => boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const done = () => {
      socket.destroy();
      resolve(Buffer.concat(chunks));
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (until?.(Buffer.concat(chunks))) done();
    });
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', reject);
  });
}

/** Calls the engine directly, draining any message stream (a pull). */
export async function call(daemon: Daemon, request: ApiRequest): Promise<ApiResponse> {
  const response = await daemon.api.handle(request);
  if (response.messages) for await (const _ of response.messages) void _;
  return response;
}

/** Pulls an image and creates a container of it; resolves with the container ID. */
export async function createContainer(daemon: Daemon, body: Record<string, unknown>, name?: string): Promise<string> {
  await call(daemon, { method: 'POST', path: '/images/create', query: { fromImage: String(body.Image), tag: 'latest' } });
  const created = await call(daemon, { method: 'POST', path: '/containers/create', query: name ? { name } : {}, body });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  return (created.body as { Id: string }).Id;
}

/** Replaces the daemon's API handler (the server reads `daemon.api` per request). */
export function interceptApi(daemon: Daemon, wrap: (inner: ApiHandler) => ApiHandler): ApiRequest[] {
  const seen: ApiRequest[] = [];
  const inner = daemon.api;
  const wrapped = wrap(inner);
  (daemon as { api: ApiHandler }).api = {
    handle: (request) => {
      seen.push(request);
      return wrapped.handle(request);
    },
  };
  return seen;
}

/** A minimal POSIX tar of regular files (enough for a build context). */
export function tarOf(files: Record<string, string>): Uint8Array {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
    header.write('00000000000\0', 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
    data.copy(padded);
    parts.push(header, padded);
  }
  return new Uint8Array(Buffer.concat([...parts, Buffer.alloc(1024)]));
}
