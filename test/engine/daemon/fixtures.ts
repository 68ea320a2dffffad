/**
 * Test fixtures built by functions: a daemon with images already pulled, and small
 * helpers that call its Engine API and let virtual time pass the way a host would.
 */
import { Daemon } from '../../../src/engine/daemon/daemon.ts';
import type { ApiRequest, ApiResponse } from '../../../src/engine/api/types.ts';
import { elapse, settle } from '../../../src/sim/settle.ts';

/** An inspect document: arbitrary JSON that tests read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests navigate Engine API JSON freely
export type Json = Record<string, any>;

export interface TestEngine {
  daemon: Daemon;
  call(method: ApiRequest['method'], path: string, options?: { query?: Record<string, string>; body?: unknown }): Promise<ApiResponse>;
  /** Create and start a container; returns its ID. */
  run(body: Record<string, unknown>, name?: string): Promise<string>;
  /** Let virtual time pass, timer by timer. */
  elapse(ms: number): Promise<void>;
  /** Wait (advancing virtual time) for a promise. */
  settle<T>(promise: Promise<T>): Promise<T>;
  inspect(id: string): Promise<Json>;
}

export async function makeEngine(options: { images?: string[]; seed?: number } = {}): Promise<TestEngine> {
  const daemon = new Daemon({ seed: options.seed ?? 1 });
  const call: TestEngine['call'] = (method, path, o = {}) => daemon.api.handle({ method, path: `/v1.50${path}`, query: o.query, body: o.body });
  const wait = async <T>(promise: Promise<T>): Promise<T> => {
    const result = await settle(daemon.clock, promise);
    if (!result.done) throw new Error('did not settle');
    return result.value;
  };
  for (const image of options.images ?? []) {
    const [name, tag = 'latest'] = image.split(':');
    const res = await call('POST', '/images/create', { query: { fromImage: name, tag } });
    if (res.status !== 200) throw new Error(`pull ${image}: ${JSON.stringify(res.body)}`);
    await wait((async () => {
      for await (const _ of res.messages!) void _;
    })());
  }
  const engine: TestEngine = {
    daemon,
    call,
    async run(body, name) {
      const created = await call('POST', '/containers/create', { body, query: name ? { name } : undefined });
      if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.body)}`);
      const id = (created.body as { Id: string }).Id;
      const started = await call('POST', `/containers/${id}/start`);
      if (started.status !== 204) throw new Error(`start: ${JSON.stringify(started.body)}`);
      await elapse(daemon.clock, 0);
      return id;
    },
    elapse: (ms) => elapse(daemon.clock, ms),
    settle: wait,
    async inspect(id) {
      return (await call('GET', `/containers/${id}/json`)).body as Json;
    },
  };
  return engine;
}

export async function text(frames: AsyncIterable<{ stream: number; data: Uint8Array }> | undefined): Promise<string> {
  let out = '';
  const decoder = new TextDecoder();
  for await (const f of frames ?? []) out += decoder.decode(f.data);
  return out;
}
