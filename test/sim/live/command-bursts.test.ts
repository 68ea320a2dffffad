/**
 * The live event stream cut into commands: each ping of the real CLI opens one, named
 * from its first telling request; a quiet spell or the next ping closes it with an exit
 * status read from the traffic.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineEvent, EngineEventBody } from '../../../src/engine/events/types.ts';
import { CommandBursts } from '../../../src/sim/live/command-bursts.ts';

let seq = 0;
let id = 0;
const event = (body: EngineEventBody): EngineEvent => ({ ...body, seq: ++seq, at: seq } as EngineEvent);
const request = (method: string, path: string, extra: Record<string, unknown> = {}) => event({ kind: 'api.request', requestId: ++id, method, path, ...extra });
const response = (status: number, requestId = id) => event({ kind: 'api.response', requestId, status });

function harness() {
  const log: string[] = [];
  const forwarded: EngineEvent[] = [];
  const bursts = new CommandBursts((e) => forwarded.push(e), { quietMs: 1000, nameWaitMs: 200 });
  bursts.sink = { begin: (line) => log.push(`begin ${line}`), end: (code) => log.push(`end ${code}`) };
  return { bursts, log, forwarded };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CommandBursts', () => {
  it('holds a ping until the request that names the command, then forwards everything in order', () => {
    const { bursts, log, forwarded } = harness();
    bursts.push(request('HEAD', '/_ping'));
    bursts.push(response(200));
    expect(forwarded).toHaveLength(0);
    bursts.push(request('GET', '/v1.50/images/json'));
    expect(log).toEqual(['begin docker images']);
    expect(forwarded.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('ends a command at the next ping, and after a quiet spell', () => {
    const { bursts, log } = harness();
    bursts.push(request('HEAD', '/_ping'));
    bursts.push(request('GET', '/v1.50/version'));
    bursts.push(response(200));
    bursts.push(request('HEAD', '/_ping'));
    expect(log).toEqual(['begin docker version', 'end 0']);
    bursts.push(request('DELETE', '/v1.50/containers/nope'));
    bursts.push(response(404));
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['begin docker version', 'end 0', 'begin docker rm nope', 'end 1']);
  });

  it('names a command from its preamble when nothing more telling comes', () => {
    const { bursts, log } = harness();
    bursts.push(request('HEAD', '/_ping'));
    bursts.push(request('GET', '/v1.50/containers/web/json'));
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['begin docker inspect web']);
  });

  it('keeps docker run open while the CLI waits on its container, and ends with the container exit code', () => {
    const { bursts, log } = harness();
    bursts.push(request('HEAD', '/_ping'));
    bursts.push(request('POST', '/v1.50/containers/create', { body: { Image: 'alpine', Cmd: ['sh', '-c', 'exit 3'] } }));
    bursts.push(response(201));
    bursts.push(request('POST', '/v1.50/containers/abc123/wait'));
    bursts.push(response(200));
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(["begin docker run alpine sh -c 'exit 3'"]);
    bursts.push(event({ kind: 'container.state', containerId: 'abc123def', from: 'running', to: 'exited', exitCode: 3 }));
    vi.advanceTimersByTime(1000);
    expect(log.at(-1)).toBe('end 3');
  });

  it('keeps a command open through a slow pull, and ends docker run -d without waiting for its container', () => {
    const { bursts, log } = harness();
    bursts.push(request('HEAD', '/_ping'));
    bursts.push(request('POST', '/v1.50/containers/create', { body: { Image: 'nginx', AttachStdout: false, AttachStderr: false } }));
    bursts.push(response(404));
    bursts.push(request('POST', '/v1.50/images/create', { query: { fromImage: 'nginx', tag: 'latest' } }));
    bursts.push(response(200));
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['begin docker run -d nginx']);
    bursts.push(event({ kind: 'docker', message: { Type: 'image', Action: 'pull', Actor: { ID: 'nginx:latest', Attributes: {} }, scope: 'local', time: 0, timeNano: 0 } }));
    bursts.push(request('POST', '/v1.50/containers/create', { body: { Image: 'nginx', AttachStdout: false, AttachStderr: false } }));
    bursts.push(response(201));
    bursts.push(request('POST', '/v1.50/containers/abc/wait'));
    bursts.push(response(200));
    bursts.push(request('POST', '/v1.50/containers/abc/start'));
    bursts.push(response(204));
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['begin docker run -d nginx', 'end 0']);
  });

  it('names a command by the name the CLI looked up, not the full ID it then used', () => {
    const { bursts, log } = harness();
    const id = 'a'.repeat(64);
    bursts.push(request('HEAD', '/_ping'));
    bursts.push(request('GET', '/v1.50/containers/web/json'));
    bursts.push(request('GET', `/v1.50/containers/${id}/logs`));
    expect(log).toEqual(['begin docker logs web']);
  });

  it('drops a browser’s requests for files the server does not have, such as /favicon.ico', () => {
    const { bursts, log, forwarded } = harness();
    bursts.push(request('GET', '/favicon.ico'));
    bursts.push(response(404));
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
    expect(forwarded).toEqual([]);
  });

  it('lets observers’ reads through without opening or ending a command', () => {
    const { bursts, log, forwarded } = harness();
    bursts.push(request('GET', '/v1.50/images/json', { observer: 'inspector' }));
    bursts.push(response(500));
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
    expect(forwarded).toHaveLength(2);
  });
});
