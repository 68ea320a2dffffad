/**
 * The web app opens in live mode when `dockyard serve` served it: only a Docker Engine
 * API answers `GET /_ping` with an Api-Version header. The URL can force either mode.
 */
import { describe, expect, it } from 'vitest';
import { detectMode } from '../../../src/sim/live/detect.ts';

const answer = (status: number, headers: Record<string, string> = {}, body = '') => async () => new Response(body, { status, headers });

describe('detectMode', () => {
  it('is live when /_ping answers OK with an Api-Version header', async () => {
    expect(await detectMode({ search: '', fetch: answer(200, { 'Api-Version': '1.50' }, 'OK') })).toBe('live');
  });

  it('is the sandbox when a static host answers 404, or index.html without the header', async () => {
    expect(await detectMode({ search: '', fetch: answer(404) })).toBe('sandbox');
    expect(await detectMode({ search: '', fetch: answer(200, { 'Content-Type': 'text/html' }, '<!doctype html>') })).toBe('sandbox');
  });

  it('is the sandbox when the probe fails or takes too long', async () => {
    expect(await detectMode({ search: '', fetch: () => Promise.reject(new TypeError('offline')) })).toBe('sandbox');
    const never = (_url: string, init: { signal: AbortSignal }) => new Promise<Response>((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    expect(await detectMode({ search: '', fetch: never, timeoutMs: 20 })).toBe('sandbox');
  });

  it('follows ?sandbox and ?live without asking the server', async () => {
    const unreachable = () => Promise.reject(new Error('not asked'));
    expect(await detectMode({ search: '?sandbox', fetch: answer(200, { 'Api-Version': '1.50' }) })).toBe('sandbox');
    expect(await detectMode({ search: '?live', fetch: unreachable })).toBe('live');
  });
});
