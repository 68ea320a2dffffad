/**
 * ApiResponse → HTTP: JSON bodies with a newline, 204 without a body, `wait` flushing
 * its headers before the body exists, JSON-message streams with CRLF, multiplexed or raw
 * output frames, and the hijacked attach / exec start that the real CLI requires (exact
 * `101 UPGRADED` head, frames on the socket, stdin handed to the engine, closed at end).
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from './harness.ts';
import { createContainer, interceptApi, rawExchange } from './http-harness.ts';

let bridge: Bridge;
beforeEach(async () => (bridge = await startBridge()));
afterEach(() => bridge.close());

const upgradeHead = (contentType: string) => `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${contentType}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n`;
const post = (path: string, body = '') =>
  `POST ${path} HTTP/1.1\r\nHost: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('responses out of the engine', () => {
  it('a JSON body ends with a newline and has its length; a 204 has no body', async () => {
    const res = await fetch(`${bridge.url}/v1.50/containers/json`);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe('[]\n');
    const id = await createContainer(bridge.daemon, { Image: 'alpine', Cmd: ['true'] });
    const start = await fetch(`${bridge.url}/v1.50/containers/${id}/start`, { method: 'POST' });
    expect(start.status).toBe(204);
    expect(await start.text()).toBe('');
  });

  it('wait sends its headers at once and its body when the container exits', async () => {
    const id = await createContainer(bridge.daemon, { Image: 'alpine', Cmd: ['sh', '-c', 'exit 4'] });
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(`${bridge.url}/v1.50/containers/${id}/wait?condition=next-exit`, { method: 'POST' }, (res) => {
        expect(res.statusCode).toBe(200);
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk));
        res.on('end', () => resolve(text));
        // Headers arrived before start was sent: only now start the container.
        void fetch(`${bridge.url}/v1.50/containers/${id}/start`, { method: 'POST' });
      });
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(body)).toEqual({ StatusCode: 4, Error: null });
  });

  it('a pull streams JSON messages, each followed by CRLF', async () => {
    const res = await fetch(`${bridge.url}/v1.50/images/create?fromImage=alpine&tag=latest`, { method: 'POST' });
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const messages = text.trimEnd().split('\r\n').map((line) => JSON.parse(line) as { status?: string });
    expect(messages[0]).toEqual({ status: 'Pulling from library/alpine', id: 'latest' });
    expect(messages.at(-1)?.status).toBe('Status: Downloaded newer image for alpine:latest');
  });

  it('logs are multiplexed frames, or raw bytes for a Tty container', async () => {
    const plain = await createContainer(bridge.daemon, { Image: 'alpine', Cmd: ['sh', '-c', 'echo out; echo err >&2'] });
    const tty = await createContainer(bridge.daemon, { Image: 'alpine', Cmd: ['echo', 'tty'], Tty: true });
    for (const id of [plain, tty]) await fetch(`${bridge.url}/v1.50/containers/${id}/start`, { method: 'POST' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const framed = Buffer.from(await (await fetch(`${bridge.url}/v1.50/containers/${plain}/logs?stdout=1&stderr=1`)).arrayBuffer());
    expect([...framed]).toEqual([1, 0, 0, 0, 0, 0, 0, 4, ...Buffer.from('out\n'), 2, 0, 0, 0, 0, 0, 0, 4, ...Buffer.from('err\n')]);
    const raw = await fetch(`${bridge.url}/v1.50/containers/${tty}/logs?stdout=1`);
    expect(raw.headers.get('content-type')).toBe('application/vnd.docker.raw-stream');
    expect(await raw.text()).toBe('tty\r\n');
  });
});

describe('hijacked connections', () => {
  it('attach with Upgrade: tcp answers exactly 101 UPGRADED, then frames, then closes', async () => {
    const id = await createContainer(bridge.daemon, { Image: 'alpine', Cmd: ['echo', 'hi'] });
    const received = rawExchange(bridge.port, post(`/v1.50/containers/${id}/attach?stream=1&stdout=1&stderr=1`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fetch(`${bridge.url}/v1.50/containers/${id}/start`, { method: 'POST' });
    const bytes = await received;
    const head = upgradeHead('application/vnd.docker.multiplexed-stream');
    expect(bytes.subarray(0, head.length).toString()).toBe(head);
    expect([...bytes.subarray(head.length)]).toEqual([1, 0, 0, 0, 0, 0, 0, 3, ...Buffer.from('hi\n')]);
  });

  it('attach without Upgrade answers 200 with the same stream', async () => {
    const id = await createContainer(bridge.daemon, { Image: 'alpine', Cmd: ['echo', 'hi'] });
    const res = fetch(`${bridge.url}/v1.50/containers/${id}/attach?stream=1&stdout=1`, { method: 'POST' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fetch(`${bridge.url}/v1.50/containers/${id}/start`, { method: 'POST' });
    const answer = await res;
    expect(answer.status).toBe(200);
    expect([...Buffer.from(await answer.arrayBuffer())]).toEqual([1, 0, 0, 0, 0, 0, 0, 3, ...Buffer.from('hi\n')]);
  });

  it('exec start reads its JSON body, hands the bytes after it to the engine as stdin, and streams raw for Tty', async () => {
    const seen = interceptApi(bridge.daemon, (inner) => inner);
    const id = await createContainer(bridge.daemon, { Image: 'alpine', Cmd: ['sleep', '100'] });
    await fetch(`${bridge.url}/v1.50/containers/${id}/start`, { method: 'POST' });
    const exec = (await (await fetch(`${bridge.url}/v1.50/containers/${id}/exec`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Cmd: ['echo', 'x'], Tty: true }) })).json()) as { Id: string };
    const bytes = await rawExchange(bridge.port, post(`/v1.50/exec/${exec.Id}/start`, '{"Detach":false,"Tty":true}') + 'typed input');
    const head = upgradeHead('application/vnd.docker.raw-stream');
    expect(bytes.subarray(0, head.length).toString()).toBe(head);
    // Raw bytes, no frame headers. (The engine's exec does not turn \n into \r\n for a Tty as a pty would.)
    expect(bytes.subarray(head.length).toString()).toMatch(/^x\r?\n$/);
    const start = seen.find((r) => r.path.endsWith('/start') && r.path.includes('/exec/'))!;
    const { stdin, ...options } = start.body as { stdin: AsyncIterable<Uint8Array> };
    expect(options).toEqual({ Detach: false, Tty: true });
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString()).toBe('typed input');
  });

  it('a hijack of a missing container is a plain 404 on the socket', async () => {
    const bytes = await rawExchange(bridge.port, post('/v1.50/containers/nosuch/attach?stream=1&stdout=1'));
    expect(bytes.toString()).toMatch(/^HTTP\/1\.1 404 Not Found\r\n[\s\S]*\r\n\r\n\{"message":"No such container: nosuch"\}\n$/);
  });
});
