/**
 * The distribution HTTP API of a `registry:2` container, read-only, over the engine's
 * Registry for that container: `GET /v2/` (the version check, `{}`), `_catalog`,
 * `tags/list`, manifests and blobs (GET and HEAD). Errors are distribution's JSON
 * bodies; paths outside /v2 get Go's plain `404 page not found`. Pushes still go
 * through the daemon's distribution code, straight to the same Registry.
 */
import type { ProcessContext } from '../../process/types.ts';
import { Registry } from '../../registry/registry.ts';
import { privateRegistryPolicy } from '../../registry/registries.ts';
import type { Listening } from '../fabric.ts';
import { listenAll, logTo } from './listen.ts';
import { RegistryError } from '../../registry/errors.ts';
import type { Digest } from '../../util/digest.ts';
import { registryAccessLine } from '../access-log.ts';
import { httpDate, makeResponse, type HttpHandler, type HttpResponse } from '../http.ts';

export interface RegistryApiOptions {
  registry: () => Registry;
  now: () => number;
  log: (line: string) => void;
}

const apiVersion = { 'Docker-Distribution-Api-Version': 'registry/2.0' };

function json(status: number, value: unknown, now: number, extra: Record<string, string> = {}): HttpResponse {
  const headers = { 'Content-Type': 'application/json; charset=utf-8', ...apiVersion, ...extra, 'X-Content-Type-Options': 'nosniff', Date: httpDate(now) };
  return makeResponse(status, headers, `${JSON.stringify(value)}\n`);
}

function route(registry: Registry, method: string, target: string, now: number): HttpResponse {
  const path = target.replace(/\?.*$/, '');
  if (path === '/v2/' || path === '/v2') {
    const response = json(200, {}, now);
    return { ...response, body: new TextEncoder().encode('{}'), headers: { ...response.headers, 'Content-Length': '2' } };
  }
  if (!path.startsWith('/v2/')) {
    return makeResponse(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', Date: httpDate(now) }, '404 page not found\n');
  }
  if (method !== 'GET' && method !== 'HEAD') throw new RegistryError('UNSUPPORTED');
  if (path === '/v2/_catalog') return json(200, registry.catalog(), now);
  const match = /^\/v2\/(.+)\/(tags\/list|manifests\/([^/]+)|blobs\/([^/]+))$/.exec(path);
  if (!match) throw new RegistryError('NAME_UNKNOWN');
  const [, name, what, reference, digest] = match;
  if (what === 'tags/list') return json(200, registry.tags(name), now);
  if (reference !== undefined) {
    const found = registry.getManifest(name, reference);
    const headers = { 'Content-Type': found.mediaType, ...apiVersion, 'Docker-Content-Digest': found.digest, Etag: `"${found.digest}"`, 'X-Content-Type-Options': 'nosniff', Date: httpDate(now) };
    return makeResponse(200, headers, found.bytes);
  }
  const bytes = registry.getBlob(name, digest as Digest);
  const headers = { 'Accept-Ranges': 'bytes', 'Cache-Control': 'max-age=31536000', 'Content-Type': 'application/octet-stream', ...apiVersion, 'Docker-Content-Digest': digest, Etag: `"${digest}"`, 'X-Content-Type-Options': 'nosniff', Date: httpDate(now) };
  return makeResponse(200, headers, bytes);
}

export function registryApi(options: RegistryApiOptions): HttpHandler {
  return (req, peer) => {
    const now = options.now();
    let response: HttpResponse;
    try {
      response = route(options.registry(), req.method, req.path, now);
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      const detail = error.code === 'NAME_UNKNOWN' ? { name: /^\/v2\/(.+?)\/(?:tags|manifests|blobs)\//.exec(req.path)?.[1] ?? '' } : {};
      response = json(error.httpStatus, { errors: [{ code: error.code, message: error.detail, detail }] }, now);
    }
    options.log(registryAccessLine(peer, req, response, now));
    return Promise.resolve(req.method === 'HEAD' ? { ...response, body: new Uint8Array(0) } : response);
  };
}

/**
 * Open the registry's `http.addr` port serving the container's Registry (an empty one
 * of its own where the process has no engine registry behind it), access log on
 * stdout. Undefined when the port is taken; the caller logs Go's `bind` error.
 */
export function registryListen(ctx: ProcessContext, port: number): Listening[] | undefined {
  let own: Registry | undefined;
  const registry = (): Registry => ctx.net?.registry?.() ?? (own ??= new Registry('localhost', privateRegistryPolicy));
  const result = listenAll(ctx, [{ port, handler: registryApi({ registry, now: () => ctx.clock.now(), log: logTo(ctx.stdout) }) }]);
  return result.ok ? result.listening : undefined;
}
