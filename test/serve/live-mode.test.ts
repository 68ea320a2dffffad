/**
 * Live mode for the web app: the built site served at `/` from `dist/` (GET and HEAD,
 * right Content-Types, nothing outside the root), and `GET /_dockyard/events` streaming
 * every engine event as Server-Sent Events, API traffic included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveStatic } from '../../src/sim/node/serve/static-files.ts';
import { startBridge, type Bridge } from './harness.ts';
import { rawExchange } from './http-harness.ts';

let bridge: Bridge;
let root: string;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'dockyard-dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dockyard</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, '..', 'dockyard-secret.txt'), 'secret');
  bridge = await startBridge({ staticRoot: root });
});
afterEach(async () => {
  await bridge.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(root, '..', 'dockyard-secret.txt'), { force: true });
});

describe('the web app in live mode', () => {
  it('serves index.html at / and assets with their content types', async () => {
    const index = await fetch(`${bridge.url}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Dockyard</title>');
    expect((await fetch(`${bridge.url}/assets/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${bridge.url}/assets/app.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('never serves a file outside dist, however the path is spelled', async () => {
    for (const path of ['/../dockyard-secret.txt', '/%2e%2e/dockyard-secret.txt', '/assets/..%2f..%2fdockyard-secret.txt', '/..%5cdockyard-secret.txt']) {
      const bytes = await rawExchange(bridge.port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(bytes.toString()).not.toContain('secret');
    }
    expect(resolveStatic('/srv/dist', '/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveStatic('/srv/dist', '/assets/app.js')).toBe('/srv/dist/assets/app.js');
  });

  it('answers a browser navigating to an app route with index.html, and nothing else', async () => {
    const page = await fetch(`${bridge.url}/lessons/first-steps`, { headers: { Accept: 'text/html,application/xhtml+xml' } });
    expect(await page.text()).toContain('<title>Dockyard</title>');
    const api = await fetch(`${bridge.url}/lessons/first-steps`);
    expect(await api.json()).toEqual({ message: 'page not found' });
  });

  it('answers only GET and HEAD from files; other methods reach the engine', async () => {
    expect((await fetch(`${bridge.url}/index.html`, { method: 'HEAD' })).status).toBe(200);
    const post = await fetch(`${bridge.url}/index.html`, { method: 'POST' });
    expect(await post.json()).toEqual({ message: 'page not found' });
  });

  it('streams every engine event, API requests and responses included, as SSE data lines', async () => {
    const controller = new AbortController();
    const res = await fetch(`${bridge.url}/_dockyard/events`, { signal: controller.signal, headers: { Origin: 'http://localhost:5173' } });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    await fetch(`${bridge.url}/v1.50/auth`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"username":"bob","password":"hunter2","serveraddress":"localhost:5000"}' });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('"kind":"api.response"')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const events = text.split('\n\n').filter((block) => block.includes('data: ')).map((block) => JSON.parse(block.slice(block.indexOf('data: ') + 6)) as { kind: string; path?: string; body?: unknown });
    expect(events[0]).toMatchObject({ kind: 'api.request', path: '/v1.50/auth', body: { username: 'bob', password: '********' } });
    expect(events.some((e) => e.kind === 'api.response')).toBe(true);
    expect(text).not.toContain('hunter2');
  });
});
