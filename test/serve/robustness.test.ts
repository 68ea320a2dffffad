/**
 * The live bridge under abuse: malformed HTTP, unknown endpoints and methods, bodies
 * over the limit, clients that hang up mid-stream, many clients at once, and a request
 * whose handling throws. None of these may crash the server or leave the engine
 * following a stream nobody reads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StreamFrame } from '../../src/engine/api/types.ts';
import { startBridge, type Bridge } from './harness.ts';
import { interceptApi, rawExchange } from './http-harness.ts';

let bridge: Bridge;
beforeEach(async () => (bridge = await startBridge()));
afterEach(() => bridge.close());

const alive = async () => (await fetch(`${bridge.url}/_ping`)).status === 200;

describe('robustness', () => {
  it('malformed HTTP gets a 400 and the connection is closed', async () => {
    const bytes = await rawExchange(bridge.port, 'THIS IS NOT HTTP\r\n\r\n');
    expect(bytes.toString()).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*Connection: close\r\n\r\n\{"message":"malformed HTTP request: HPE_/);
    expect(await alive()).toBe(true);
  });

  it("an unknown endpoint or method is the engine's 404 page not found", async () => {
    for (const [method, path] of [['GET', '/v1.50/nothing/here'], ['PATCH', '/v1.50/containers/json'], ['GET', '/']]) {
      const res = await fetch(`${bridge.url}${path}`, { method });
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('{"message":"page not found"}\n');
    }
  });

  it('a JSON body over 1 MB is refused with 413 before it reaches the engine', async () => {
    const seen = interceptApi(bridge.daemon, (inner) => inner);
    const body = JSON.stringify({ Image: 'alpine', Env: ['X=' + 'x'.repeat(1024 * 1024)] });
    const res = await fetch(`${bridge.url}/v1.50/containers/create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ message: 'request body too large: the limit is 1 MB' });
    expect(seen).toEqual([]);
    expect(await alive()).toBe(true);
  });

  it("a client that hangs up mid-stream stops the engine's iterator with return()", async () => {
    let returned = false;
    interceptApi(bridge.daemon, (inner) => ({
      handle: async (request) => {
        if (!request.path.endsWith('/logs')) return inner.handle(request);
        const frames: AsyncIterable<StreamFrame> = {
          [Symbol.asyncIterator]: () => ({
            next: () => new Promise<IteratorResult<StreamFrame>>(() => undefined),
            return: async () => {
              returned = true;
              return { value: undefined, done: true };
            },
          }),
        };
        return { status: 200, headers: { 'Content-Type': 'application/vnd.docker.multiplexed-stream' }, frames };
      },
    }));
    const controller = new AbortController();
    const res = await fetch(`${bridge.url}/v1.50/containers/x/logs?follow=1&stdout=1`, { signal: controller.signal });
    expect(res.status).toBe(200);
    controller.abort();
    await expect.poll(() => returned, { timeout: 2000 }).toBe(true);
  });

  it('concurrent clients each get their own atomic answer', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `c${i}`);
    await fetch(`${bridge.url}/v1.50/images/create?fromImage=alpine&tag=latest`, { method: 'POST' }).then((r) => r.text());
    const statuses = await Promise.all(
      names.map((name) =>
        fetch(`${bridge.url}/v1.50/containers/create?name=${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"Image":"alpine"}' }).then((r) => r.status),
      ),
    );
    expect(statuses).toEqual(names.map(() => 201));
    const list = (await (await fetch(`${bridge.url}/v1.50/containers/json?all=1`)).json()) as { Names: string[] }[];
    expect(list.map((c) => c.Names[0]).sort()).toEqual(names.map((n) => `/${n}`).sort());
  });

  it('a request whose handling throws is logged and answered 500; the server keeps serving', async () => {
    interceptApi(bridge.daemon, (inner) => ({
      handle: (request) => (request.path.endsWith('/boom') ? Promise.reject(new Error('kaboom')) : inner.handle(request)),
    }));
    const res = await fetch(`${bridge.url}/v1.50/boom`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ message: 'kaboom' });
    expect(bridge.logs.join('\n')).toContain('kaboom');
    expect(await alive()).toBe(true);
    bridge.logs.length = 0;
  });
});
