/**
 * How the inspectors read engine state: GET requests on the daemon's Engine API, and
 * nothing else. Each request is remembered as the inspectors' own (own-requests.ts) and
 * carries `x-dockyard-observer: inspector`, so the API log and the trace can tell a
 * looking UI from the learner's commands (the router does not pass headers on yet).
 */
import type { ApiHandler, ApiRequest, ApiResponse, StreamFrame } from '../../engine/api/types.ts';
import { ownRequests, type EventSource } from './own-requests.ts';

/** What the inspectors need of a session: its daemon's API and event bus. */
export interface InspectorDaemon {
  daemon: { api: ApiHandler; events: EventSource };
}

export const apiPrefix = '/v1.50';
const observer = { 'x-dockyard-observer': 'inspector' };

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

function messageOf(body: unknown, status: number): string {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return body.message;
  return `the daemon answered ${status}`;
}

/**
 * Every request starts on a later microtask: the router emits its events synchronously,
 * and a listener that updates app state (the API log) must not run inside the effect or
 * derivation that asked for data, or that state would become one of its dependencies.
 */
async function request(session: InspectorDaemon, req: ApiRequest): Promise<ApiResponse> {
  await Promise.resolve();
  return ownRequests(session.daemon.events).track(() => session.daemon.api.handle(req));
}

/** `GET /v1.50{path}` and its JSON body; non-2xx answers throw an ApiError with Docker's message. */
export async function getJson<T>(session: InspectorDaemon, path: string, query?: Record<string, string>): Promise<T> {
  const response = await request(session, { method: 'GET', path: apiPrefix + path, query, headers: observer });
  if (response.status >= 300) throw new ApiError(response.status, messageOf(response.body, response.status));
  return response.body as T;
}

/** The frames of `GET /containers/{id}/logs` (stdout and stderr, no follow), collected. */
export async function getLogFrames(session: InspectorDaemon, id: string, tail = 500): Promise<StreamFrame[]> {
  const response = await request(session, {
    method: 'GET',
    path: `${apiPrefix}/containers/${segment(id)}/logs`,
    query: { stdout: '1', stderr: '1', tail: String(tail) },
    headers: observer,
  });
  if (response.status >= 300) throw new ApiError(response.status, messageOf(response.body, response.status));
  const frames: StreamFrame[] = [];
  for await (const frame of response.frames ?? []) frames.push(frame);
  return frames;
}

/**
 * An image or container reference in a path, as the docker CLI sends it: `:` and `/`
 * stay readable (`/images/sha256:ab…/json`, `/images/localhost:5000/app/json`).
 */
export function segment(idOrName: string): string {
  return encodeURI(idOrName).replace(/[?#]/g, encodeURIComponent);
}
