/**
 * A scripted daemon for CLI tests: it records every request and answers from a list
 * of routes (method + versioned path pattern → canned Engine API response). `HEAD
 * /_ping` is answered with `Api-Version: 1.50` unless a route overrides it.
 */
import type { ApiRequest, ApiResponse, JsonMessage, StreamFrame } from '../../../src/engine/api/types.ts';
import type { DaemonApi } from '../../../src/sim/cli/daemon-api.ts';
import type { DockerIO } from '../../../src/sim/cli/io.ts';
import { runDocker } from '../../../src/sim/cli/docker.ts';

export type Responder = ApiResponse | ((req: ApiRequest) => ApiResponse | Promise<ApiResponse>);
export type Route = [method: string, path: string | RegExp, respond: Responder];

export const json = (status: number, body?: unknown): ApiResponse => ({ status, headers: { 'content-type': 'application/json' }, body });
export const error = (status: number, message: string): ApiResponse => json(status, { message });

export async function* stream<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

export const messages = (items: JsonMessage[]): ApiResponse => ({ status: 200, headers: {}, messages: stream(items) });

export function frame(streamNo: 1 | 2, text: string): StreamFrame {
  return { stream: streamNo, data: new TextEncoder().encode(text) };
}

export class FakeDaemon implements DaemonApi {
  readonly requests: ApiRequest[] = [];
  constructor(readonly routes: Route[] = []) {}

  async request(req: ApiRequest): Promise<ApiResponse> {
    this.requests.push(req);
    const route = this.routes.find(([m, p]) => m === req.method && (typeof p === 'string' ? p === req.path : p.test(req.path)));
    if (route) {
      // A route used once is consumed when another one for the same request follows.
      const later = this.routes.slice(this.routes.indexOf(route) + 1).find(([m, p]) => m === req.method && (typeof p === 'string' ? p === req.path : p.test(req.path)));
      if (later) this.routes.splice(this.routes.indexOf(route), 1);
      const r = route[2];
      return typeof r === 'function' ? r(req) : r;
    }
    if (req.path === '/_ping') return { status: 200, headers: { 'Api-Version': '1.50' }, body: 'OK' };
    return error(404, 'page not found');
  }

  /** `METHOD path?query` lines without the ping, for compact assertions. */
  calls(): string[] {
    return this.requests
      .filter((r) => r.path !== '/_ping')
      .map((r) => {
        const q = Object.entries(r.query ?? {})
          .map(([k, v]) => (Array.isArray(v) ? v.map((x) => `${k}=${x}`).join('&') : `${k}=${v}`))
          .join('&');
        return `${r.method} ${r.path}${q ? '?' + q : ''}`;
      });
  }
}

export interface Session {
  daemon: FakeDaemon;
  io: DockerIO;
  files: Map<string, string>;
  run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
}

export interface SessionOptions {
  env?: Record<string, string>;
  stdin?: string;
  isTTY?: boolean;
  now?: number;
  files?: Record<string, string>;
}

/** Builds a docker client session against a fake daemon with the given routes. */
export function session(routes: Route[] = [], options: SessionOptions = {}): Session {
  const daemon = new FakeDaemon(routes);
  const files = new Map(Object.entries(options.files ?? {}));
  let out = '';
  let err = '';
  let stdinText = options.stdin;
  const io: DockerIO = {
    api: daemon,
    stdout: { write: (s) => (out += s) },
    stderr: { write: (s) => (err += s) },
    stdin: {
      read: async () => {
        if (stdinText === undefined) return null;
        const bytes = new TextEncoder().encode(stdinText);
        stdinText = undefined;
        return bytes;
      },
    },
    env: options.env ?? { HOME: '/root' },
    now: () => options.now ?? Date.UTC(2026, 10, 30, 10, 0, 0),
    isTTY: options.isTTY ?? false,
    files: { read: (p) => files.get(p), write: (p, t) => void files.set(p, t) },
  };
  return {
    daemon,
    io,
    files,
    async run(...argv) {
      out = '';
      err = '';
      const code = await runDocker(argv, io);
      return { code, stdout: out, stderr: err };
    },
  };
}
