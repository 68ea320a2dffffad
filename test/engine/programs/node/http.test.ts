import { describe, expect, it } from 'vitest';
import { appFs, runNode } from './run-node.ts';

const server = "require('http').createServer((req, res) => { let body = ''; req.on('data', (c) => body += c); req.on('end', () => { res.setHeader('Content-Type', 'text/plain'); res.statusCode = req.url === '/missing' ? 404 : 200; res.end(req.method + ' ' + req.url + ' ' + req.headers.host + ' ' + body) }) }).listen(8080, () => console.log('listening'))";

describe('http servers in the sandbox', () => {
  it('createServer().listen(port, cb) listens on the network and logs from the callback', async () => {
    const run = runNode(['-e', server]);
    expect(await run.settle(1000)).toBeUndefined();
    expect(run.stdout()).toBe('listening\n');
  });

  it('requests reach the handler with method, url, headers and body; the response carries node\'s headers', async () => {
    const run = runNode(['-e', server]);
    await run.settle(1000);
    const res = await run.request(8080, 'POST', '/missing', 'hello');
    expect(res.status).toBe(404);
    expect(res.statusText).toBe('Not Found');
    expect(res.text).toBe('POST /missing localhost:8080 hello');
    expect(Object.keys(res.headers)).toEqual(['Content-Type', 'Date', 'Connection', 'Keep-Alive', 'Content-Length']);
    expect(res.headers['Date']).toBe('Mon, 30 Nov 2026 10:04:05 GMT');
  });

  it('writeHead and write stream a chunked response', async () => {
    const run = runNode(['-e', "require('http').createServer((q, s) => { s.writeHead(201, { 'X-A': '1' }); s.write('a'); setTimeout(() => s.end('b'), 50) }).listen(80)"]);
    await run.settle(1000);
    const res = await run.request(80, 'GET', '/');
    expect([res.status, res.text, res.headers['X-A'], res.headers['Transfer-Encoding']]).toEqual([201, 'ab', '1', 'chunked']);
  });

  it('the process stays alive while it listens and exits 0 when the server closes', async () => {
    const run = runNode(['-e', "const s = require('http').createServer((q, r) => r.end('x')).listen(80); setTimeout(() => s.close(() => console.log('closed')), 5000)"]);
    expect(await run.settle(4000)).toBeUndefined();
    expect(await run.settle(10_000)).toBe(0);
    expect(run.stdout()).toBe('closed\n');
  });

  it('process.on("SIGTERM") runs the program\'s handler instead of the default action', async () => {
    const run = runNode(['-e', "require('http').createServer().listen(80); process.on('SIGTERM', () => { console.log('bye'); process.exit(0) })"]);
    await run.settle(1000);
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toBe('bye\n');
  });

  it('a port already in use is an EADDRINUSE error event', async () => {
    const run = runNode(['-e', "const http = require('http'); http.createServer().listen(80); http.createServer().listen(80).on('error', (e) => { console.log(e.code, e.message); process.exit(1) })"]);
    expect(await run.settle(1000)).toBe(1);
    expect(run.stdout()).toBe('EADDRINUSE listen EADDRINUSE: address already in use :::80\n');
  });
});

describe("Dockyard's express stand-in", () => {
  const app = `
const express = require('express');
const app = express();
app.use(express.json());
app.use('/static', express.static(__dirname + '/public'));
app.get('/', (req, res) => res.send('Hello from inside a container!\\n'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q }));
app.post('/echo', (req, res) => res.status(201).json(req.body));
app.get('/gone', (req, res) => res.sendStatus(410));
app.get('/fail', () => { throw new Error('kaput'); });
app.listen(3000, () => console.log('App listening on port 3000'));
`;
  const fs = () => appFs({ 'index.js': app, 'public/hi.txt': 'static file' }, { express: '^4.19.2' });

  it('npm installs express as real files with a header saying it is a stand-in', () => {
    const text = fs().readText('/app/node_modules/express/index.js');
    expect(text).toContain("Dockyard's compact stand-in for express");
    expect(text).toContain('not the express source');
  });

  it('serves routes with params, query, json bodies, status codes, static files and the 404 page', async () => {
    const run = runNode(['index.js'], fs());
    await run.settle(1000);
    expect(run.stdout()).toBe('App listening on port 3000\n');
    const hello = await run.request(3000, 'GET', '/');
    expect([hello.text, hello.headers['X-Powered-By'], hello.headers['Content-Type']]).toEqual(['Hello from inside a container!\n', 'Express', 'text/html; charset=utf-8']);
    expect((await run.request(3000, 'GET', '/users/42?q=x')).text).toBe('{"id":"42","q":"x"}');
    const posted = await run.request(3000, 'POST', '/echo', '{"a":[1]}', { 'Content-Type': 'application/json' });
    expect([posted.status, posted.text]).toEqual([201, '{"a":[1]}']);
    expect([(await run.request(3000, 'GET', '/gone')).text]).toEqual(['Gone']);
    expect((await run.request(3000, 'GET', '/static/hi.txt')).text).toBe('static file');
    const missing = await run.request(3000, 'GET', '/nope');
    expect([missing.status, missing.text]).toEqual([404, expect.stringContaining('<pre>Cannot GET /nope</pre>')]);
    const failed = await run.request(3000, 'GET', '/fail');
    expect(failed.status).toBe(500);
    expect(run.stderr()).toContain('Error: kaput');
  });
});
