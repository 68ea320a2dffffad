import { describe, expect, it } from 'vitest';
import { makeResponse } from '../../../src/engine/net/http.ts';
import { makeWorld } from './world.ts';

function published() {
  const w = makeWorld();
  const web = w.container('web', 'bridge', [{ privatePort: 80, type: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }]);
  const requests: { method: string; path: string; headers: Record<string, string>; body: string }[] = [];
  w.fabric.listen(web.ns, 80, (req) => {
    requests.push({ ...req, body: new TextDecoder().decode(req.body) });
    if (req.path === '/old') return Promise.resolve(makeResponse(301, { Location: '/new' }, 'moved'));
    if (req.path === '/nope') return Promise.resolve(makeResponse(404, { Server: 'test' }, 'not here\n'));
    return Promise.resolve(makeResponse(200, { Server: 'test', 'Content-Type': 'text/plain' }, `hello from ${req.path}\n`));
  });
  return { ...w, web, requests };
}

describe('curl', () => {
  it('prints the body of localhost:<published port>, sending Host, User-Agent and Accept as curl 8.5 does', async () => {
    const w = published();
    expect(await w.run(['curl', 'localhost:8080'])).toEqual({ status: 0, stdout: 'hello from /\n', stderr: '' });
    expect(w.requests[0]).toMatchObject({ method: 'GET', path: '/', headers: { Host: 'localhost:8080', 'User-Agent': 'curl/8.5.0', Accept: '*/*' } });
  });

  it('-I sends HEAD and prints the status line and headers with CRLF', async () => {
    const w = published();
    const run = await w.run(['curl', '-I', 'http://localhost:8080/']);
    expect(run.stdout).toBe('HTTP/1.1 200 OK\r\nServer: test\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\n');
    expect(w.requests[0].method).toBe('HEAD');
  });

  it('-i prints the head and then the body', async () => {
    const run = await published().run(['curl', '-i', 'localhost:8080/x']);
    expect(run.stdout).toBe('HTTP/1.1 200 OK\r\nServer: test\r\nContent-Type: text/plain\r\nContent-Length: 14\r\n\r\nhello from /x\n');
  });

  it('says "Couldn\'t connect to server" and exits 7 when nothing publishes the port', async () => {
    expect(await published().run(['curl', 'localhost:9999'])).toEqual({
      status: 7,
      stdout: '',
      stderr: "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n",
    });
  });

  it('exits 6 for a name the host cannot resolve, and -s keeps quiet about it', async () => {
    const w = published();
    expect(await w.run(['curl', 'web'])).toEqual({ status: 6, stdout: '', stderr: 'curl: (6) Could not resolve host: web\n' });
    expect(await w.run(['curl', '-s', 'web'])).toEqual({ status: 6, stdout: '', stderr: '' });
    expect(await w.run(['curl', '-sS', 'web'])).toMatchObject({ stderr: 'curl: (6) Could not resolve host: web\n' });
  });

  it('-f turns an HTTP error into exit 22 without printing the body', async () => {
    const w = published();
    expect(await w.run(['curl', 'localhost:8080/nope'])).toEqual({ status: 0, stdout: 'not here\n', stderr: '' });
    expect(await w.run(['curl', '-f', 'localhost:8080/nope'])).toEqual({ status: 22, stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n' });
    expect((await w.run(['curl', '-fsSL', 'localhost:8080/nope'])).status).toBe(22);
  });

  it('-L follows a redirect; without it the 301 body is the output', async () => {
    const w = published();
    expect((await w.run(['curl', 'localhost:8080/old'])).stdout).toBe('moved');
    expect((await w.run(['curl', '-L', 'localhost:8080/old'])).stdout).toBe('hello from /new\n');
  });

  it('-X, -d and -H shape the request; -d alone makes it a form POST', async () => {
    const w = published();
    await w.run(['curl', '-d', 'a=1', '-d', 'b=2', '-H', 'X-Trace: on', 'localhost:8080/items']);
    await w.run(['curl', '-XDELETE', 'localhost:8080/items/1']);
    expect(w.requests[0]).toMatchObject({ method: 'POST', body: 'a=1&b=2', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '7', 'X-Trace': 'on' } });
    expect(w.requests[1].method).toBe('DELETE');
  });

  it('-o writes the body to a file; -v traces the exchange on stderr', async () => {
    const w = published();
    const run = await w.run(['curl', '-s', '-v', '-o', '/page.txt', 'localhost:8080/']);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').slice(0, 6)).toEqual(['*   Trying 127.0.0.1:8080...', '* Connected to localhost (127.0.0.1) port 8080', '> GET / HTTP/1.1', '> Host: localhost:8080', '> User-Agent: curl/8.5.0', '> Accept: */*']);
    expect(run.stderr).toContain('< HTTP/1.1 200 OK\n');
  });

  it('rejects unknown options and a missing URL with exit 2', async () => {
    const w = published();
    expect(await w.run(['curl', '--frobnicate', 'x'])).toMatchObject({ status: 2, stderr: "curl: option --frobnicate: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n" });
    expect(await w.run(['curl'])).toMatchObject({ status: 2, stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n" });
  });

  it('reports a reset when the port is published but nothing listens behind it (exit 56)', async () => {
    const w = makeWorld();
    w.container('db', 'bridge', [{ privatePort: 5432, type: 'tcp', hostIp: '0.0.0.0', hostPort: 5432 }]);
    expect(await w.run(['curl', 'localhost:5432'])).toEqual({ status: 56, stdout: '', stderr: 'curl: (56) Recv failure: Connection reset by peer\n' });
  });
});

describe('curl -w', () => {
  it("prints the status code after the body, and -o /dev/null drops the body (the health-check idiom)", async () => {
    const w = published();
    expect(await w.run(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}\\n', 'localhost:8080/nope'])).toEqual({ status: 0, stdout: '404\n', stderr: '' });
  });
});
