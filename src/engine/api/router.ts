/**
 * The Engine API front door: strips and checks the `/v1.NN` version prefix, finds the
 * route, runs it, and turns EngineErrors into Docker's JSON error responses with the
 * right status (errdefs kind → HTTP status). Every request and response is announced on
 * the event bus for the trace. Unknown routes get Docker's `page not found`.
 */
import { isEngineError } from '../errdefs.ts';
import type { EventBus } from '../events/bus.ts';
import type { ApiHandler, ApiRequest, ApiResponse } from './types.ts';

export const apiVersion = '1.50';
export const minApiVersion = '1.24';

export interface RouteInput {
  request: ApiRequest;
  /** Captures of the route's pattern, URL-decoded. */
  params: string[];
  query: Record<string, string | string[]>;
  /** The API version the client speaks (from the path, or the default). */
  version: string;
}

export interface Route {
  method: ApiRequest['method'];
  pattern: RegExp;
  handle(input: RouteInput): ApiResponse | Promise<ApiResponse>;
}

export function defaultHeaders(): Record<string, string> {
  return {
    'Api-Version': apiVersion,
    'Docker-Experimental': 'false',
    Ostype: 'linux',
    Server: 'Docker/28.2.2 (linux)',
  };
}

export function json(status: number, body: unknown): ApiResponse {
  return { status, headers: { ...defaultHeaders(), 'Content-Type': 'application/json' }, body };
}

export function noContent(status = 204): ApiResponse {
  return { status, headers: defaultHeaders() };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

function errorResponse(error: unknown): ApiResponse {
  if (isEngineError(error)) {
    if (error.kind === 'NotModified') return noContent(304);
    return json(error.status, { message: error.message });
  }
  const message = error instanceof Error ? error.message : String(error);
  return json(500, { message });
}

const isStream = (v: unknown) => typeof v === 'object' && v !== null && Symbol.asyncIterator in v;

export function createRouter(routes: Route[], events?: EventBus): ApiHandler {
  let requestId = 0;
  const dispatch = async (request: ApiRequest): Promise<ApiResponse> => {
    const versioned = /^\/v(\d+\.\d+)(\/.*)$/.exec(request.path);
    const version = versioned ? versioned[1] : apiVersion;
    const path = versioned ? versioned[2] : request.path;
    if (compareVersions(version, minApiVersion) < 0) {
      return json(400, { message: `client version ${version} is too old. Minimum supported API version is ${minApiVersion}, please upgrade your client to a newer version` });
    }
    if (compareVersions(version, apiVersion) > 0) {
      return json(400, { message: `client version ${version} is too new. Maximum supported API version is ${apiVersion}` });
    }
    for (const route of routes) {
      if (route.method !== request.method && !(request.method === 'HEAD' && route.method === 'GET')) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params = match.slice(1).map((p) => decodeURIComponent(p));
      try {
        return await route.handle({ request, params, query: request.query ?? {}, version });
      } catch (error) {
        return errorResponse(error);
      }
    }
    return json(404, { message: 'page not found' });
  };
  return {
    async handle(request) {
      const id = ++requestId;
      const observer = request.headers?.['x-dockyard-observer'];
      const body = request.body instanceof Uint8Array || isStream(request.body) ? undefined : request.body;
      events?.emit({ kind: 'api.request', requestId: id, method: request.method, path: request.path, query: request.query, body, ...(observer ? { observer } : {}) });
      const response = await dispatch(request);
      events?.emit({ kind: 'api.response', requestId: id, status: response.status, body: response.body });
      return response;
    },
  };
}

/** Query helpers: Docker accepts `1`/`true`/`True` for booleans. */
export function queryString(query: Record<string, string | string[]>, key: string): string | undefined {
  const v = query[key];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

export function queryBool(query: Record<string, string | string[]>, key: string): boolean {
  const v = queryString(query, key);
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

export function queryInt(query: Record<string, string | string[]>, key: string): number | undefined {
  const v = queryString(query, key);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function queryList(query: Record<string, string | string[]>, key: string): string[] {
  const v = query[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
