/**
 * HTTP in, ApiRequest out: the method, the path as sent (versioned or not; the router
 * strips `/v1.NN` and URL-decodes its captures), the query decoded with repeated keys
 * as arrays, header names in lower case, and the body — parsed JSON, or the bytes of a
 * tar build context (gunzipped when gzipped). Size limits and bad JSON become HttpErrors
 * that the server answers the way dockerd would (JSON `{"message"}`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { ApiRequest } from '../../../engine/api/types.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const bodyLimits = { build: 64 * 1024 * 1024, json: 1024 * 1024 };

const methods = new Set<string>(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']);

export function apiMethod(method: string | undefined): ApiRequest['method'] | undefined {
  return method !== undefined && methods.has(method) ? (method as ApiRequest['method']) : undefined;
}

/** `/v1.50/images/json?all=1&t=a&t=b` → path and query (`t` as an array). */
export function splitUrl(url: string): { path: string; query: Record<string, string | string[]> } {
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const query: Record<string, string | string[]> = {};
  if (at >= 0) {
    for (const [key, value] of new URLSearchParams(url.slice(at + 1))) {
      const seen = query[key];
      query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
    }
  }
  return { path: path === '' ? '/' : path, query };
}

export function lowerHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** True for the endpoint whose body is a tar (the build context). */
export function isBuildPath(path: string): boolean {
  return /^(\/v\d+\.\d+)?\/build$/.test(path);
}

/**
 * Endpoints whose body is a tar stream whatever its Content-Type: the build context,
 * `docker load`, `docker import` (`/images/create?fromSrc=-`) and `docker cp` into a
 * container (`PUT /containers/{id}/archive`).
 */
export function isTarPath(path: string): boolean {
  return isBuildPath(path) || /^(\/v\d+\.\d+)?\/(images\/load|images\/create|containers\/[^/]+\/archive)$/.test(path);
}

export function bodyLimit(path: string): number {
  return isTarPath(path) ? bodyLimits.build : bodyLimits.json;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `request body too large: the limit is ${limit / (1024 * 1024)} MB`);
}

/** Reads a whole body, refusing more than `limit` bytes (by Content-Length first). */
export async function readBody(stream: AsyncIterable<Uint8Array>, headers: Record<string, string>, limit: number): Promise<Uint8Array> {
  const declared = Number(headers['content-length'] ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Go's encoding/json wording for the common syntax errors, as dockerd reports them. */
function jsonError(text: string, error: unknown): HttpError {
  const message = error instanceof Error ? error.message : '';
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const position = /position (\d+)/.exec(message);
  const char = token ?? (position ? text[Number(position[1])] : undefined);
  if (char === undefined) return new HttpError(400, 'unexpected EOF');
  return new HttpError(400, `invalid character '${char}' looking for beginning of value`);
}

/** The body as the engine takes it: undefined, parsed JSON, or tar bytes for `/build`. */
export function decodeBody(path: string, headers: Record<string, string>, bytes: Uint8Array): unknown {
  if (isTarPath(path) || (headers['content-type'] ?? '').startsWith('application/x-tar')) {
    if (bytes.length === 0) return undefined;
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        return new Uint8Array(gunzipSync(bytes));
      } catch {
        throw new HttpError(400, 'failed to decompress the build context: invalid gzip data');
      }
    }
    return bytes;
  }
  const text = Buffer.from(bytes).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw jsonError(text, error);
  }
}
