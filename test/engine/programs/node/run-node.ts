/**
 * Runs the sandboxed `node` in a hand-made process: a MemFs with /app, a virtual clock
 * the helper drives, and a tiny network where `listen` records handlers and `request`
 * calls them, so tests can send HTTP requests to the program's servers.
 */
import { MemFs } from '../../../../src/engine/fs/memfs.ts';
import { NetError } from '../../../../src/engine/net/errors.ts';
import type { ProcessNet } from '../../../../src/engine/net/capability.ts';
import type { Program } from '../../../../src/engine/process/types.ts';
import type { HttpHandler, HttpResponse } from '../../../../src/engine/net/http.ts';
import { nodeRuntime } from '../../../../src/engine/programs/node/index.ts';
import { writeTree } from '../../../../src/engine/programs/npm/install.ts';
import { resolveTree } from '../../../../src/engine/programs/npm/resolve.ts';
import { runProgram, type FakeRun } from '../fake-context.ts';

export interface NodeRun extends FakeRun {
  fs: MemFs;
  /** Pump macrotasks and virtual time until the program exits or `ms` of virtual time pass. */
  settle(ms?: number): Promise<number | undefined>;
  /** An HTTP request to the program's server on `port`. */
  request(port: number, method: string, path: string, body?: string, headers?: Record<string, string>): Promise<HttpResponse & { text: string }>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function appFs(files: Record<string, string> = {}, packages: Record<string, string> = {}): MemFs {
  const fs = new MemFs();
  fs.mkdir('/app', { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    fs.mkdir(`/app/${path}`.replace(/\/[^/]*$/, ''), { recursive: true });
    fs.writeFile(`/app/${path}`, text);
  }
  if (Object.keys(packages).length) writeTree(fs, '/app', resolveTree(packages));
  return fs;
}

export function runNode(argv: string[], fs: MemFs = appFs()): NodeRun {
  const listeners = new Map<number, HttpHandler>();
  const net: ProcessNet = {
    listen: (port, handler) => {
      if (listeners.has(port)) throw new NetError('EADDRINUSE', 'Address in use');
      listeners.set(port, handler);
      return { close: () => listeners.delete(port) };
    },
    request: () => Promise.reject(new Error('no outgoing requests in this test')),
  };
  const withNet: Program = (ctx) => {
    ctx.net = net;
    return nodeRuntime(ctx);
  };
  const run = runProgram(withNet, { argv: ['node', ...argv], env: { NODE_VERSION: '20.18.1', HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin' }, fs, cwd: '/app' });
  let status: number | undefined;
  void run.exited.then((s) => (status = s));
  const settle = async (ms = 60_000): Promise<number | undefined> => {
    const deadline = run.clock.now() + ms;
    for (let i = 0; i < 20_000; i++) {
      await macrotask();
      if (status !== undefined) return status;
      const next = run.clock.nextTimerAt();
      if (next === undefined || next > deadline) return undefined;
      run.clock.advanceTo(next);
    }
    return status;
  };
  const request: NodeRun['request'] = async (port, method, path, body = '', headers = {}) => {
    const handler = listeners.get(port);
    if (!handler) throw new Error(`nothing listens on ${port}`);
    const pending = handler({ method, path, headers: { Host: `localhost:${port}`, ...headers }, body: new TextEncoder().encode(body) }, { ip: '172.17.0.1' });
    let response: HttpResponse | undefined;
    void pending.then((r) => (response = r));
    for (let i = 0; i < 1_000 && !response; i++) {
      await macrotask();
      const next = run.clock.nextTimerAt();
      if (next !== undefined) run.clock.advanceTo(next);
    }
    if (!response) throw new Error('no response');
    return { ...response, text: new TextDecoder().decode(response.body) };
  };
  return { ...run, fs, settle, request };
}

/** Run to completion: status, stdout and stderr. */
export async function node(argv: string[], fs?: MemFs): Promise<{ status: number | undefined; stdout: string; stderr: string }> {
  const run = runNode(argv, fs);
  const status = await run.settle();
  return { status, stdout: run.stdout(), stderr: run.stderr() };
}
