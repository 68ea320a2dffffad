import { describe, expect, it } from 'vitest';
import { NetError } from '../../../src/engine/net/errors.ts';
import { synTimeoutMs } from '../../../src/engine/net/fabric.ts';
import { hostNamespace } from '../../../src/engine/net/namespace.ts';
import { makeWorld } from './world.ts';

const get = { method: 'GET', path: '/', headers: {}, body: new Uint8Array(0) };
const text = (body: Uint8Array) => new TextDecoder().decode(body);

async function failure(promise: Promise<unknown>): Promise<NetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NetError) return error;
    throw error;
  }
  throw new Error('expected a NetError');
}

describe('the network fabric', () => {
  it('routes localhost:<published port> on the host to the container port, and the server sees the bridge gateway as its peer', async () => {
    const w = makeWorld();
    const web = w.container('web', 'bridge', [{ privatePort: 80, type: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }]);
    const server = w.echo('nginx');
    w.fabric.listen(web.ns, 80, server.handler);
    const connection = await w.fabric.connect(hostNamespace, 'localhost', 8080);
    expect(connection.ip).toBe('127.0.0.1');
    expect(text((await connection.send(get)).body)).toBe('nginx GET /\n');
    expect(server.peers).toEqual(['172.17.0.1']);
  });

  it('refuses a host port nobody publishes, and resets a published port nothing listens behind (docker-proxy)', async () => {
    const w = makeWorld();
    w.container('web', 'bridge', [{ privatePort: 80, type: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }]);
    expect((await failure(w.fabric.connect(hostNamespace, 'localhost', 9999))).code).toBe('ECONNREFUSED');
    const connection = await w.fabric.connect(hostNamespace, 'localhost', 8080);
    expect((await failure(connection.send(get))).code).toBe('ECONNRESET');
  });

  it('a server bound to 127.0.0.1 inside the container is not reachable through its published port', async () => {
    const w = makeWorld();
    const app = w.container('app', 'bridge', [{ privatePort: 3000, type: 'tcp', hostIp: '0.0.0.0', hostPort: 3000 }]);
    w.fabric.listen(app.ns, 3000, w.echo('app').handler, { host: '127.0.0.1' });
    const connection = await w.fabric.connect(hostNamespace, 'localhost', 3000);
    expect((await failure(connection.send(get))).code).toBe('ECONNRESET');
    const inside = await w.fabric.connect(app.ns, 'localhost', 3000);
    expect(text((await inside.send(get)).body)).toBe('app GET /\n');
  });

  it('resolves container names on a user-defined network and sees the caller’s address as peer', async () => {
    const w = makeWorld();
    w.store.create({ Name: 'todo' });
    const web = w.container('web', 'todo');
    const client = w.container('client', 'todo');
    const server = w.echo('web');
    w.fabric.listen(web.ns, 80, server.handler);
    const connection = await w.fabric.connect(client.ns, 'web', 80);
    expect(connection.ip).toBe(web.ip);
    await connection.send(get);
    expect(server.peers).toEqual([client.ip]);
  });

  it('does not resolve names on the default bridge, though the address itself is reachable', async () => {
    const w = makeWorld();
    const web = w.container('web');
    const client = w.container('client');
    w.fabric.listen(web.ns, 80, w.echo('web').handler);
    expect(await failure(w.fabric.connect(client.ns, 'web', 80))).toMatchObject({ code: 'ENOTFOUND', message: 'Could not resolve host: web' });
    expect((await w.fabric.connect(client.ns, web.ip, 80)).ip).toBe('172.17.0.2');
  });

  it('times out after the kernel’s SYN retries between containers that share no network', async () => {
    const w = makeWorld();
    w.store.create({ Name: 'back' });
    const db = w.container('db', 'back');
    const client = w.container('client');
    w.fabric.listen(db.ns, 5432, w.echo('db').handler);
    const start = w.clock.now();
    const attempt = failure(w.fabric.connect(client.ns, db.ip, 5432));
    w.clock.advance(synTimeoutMs);
    expect(await attempt).toMatchObject({ code: 'ETIMEDOUT', ip: db.ip, elapsedMs: synTimeoutMs });
    expect(w.clock.now() - start).toBe(synTimeoutMs);
  });

  it('the host knows localhost only: container names and addresses are not its business', async () => {
    const w = makeWorld();
    w.container('web');
    expect((await failure(w.fabric.connect(hostNamespace, 'web', 80))).code).toBe('ENOTFOUND');
  });

  it('a port binds once per namespace (EADDRINUSE) and is free again once closed', () => {
    const w = makeWorld();
    const web = w.container('web');
    const first = w.fabric.listen(web.ns, 80, w.echo('a').handler);
    expect(() => w.fabric.listen(web.ns, 80, w.echo('b').handler)).toThrow('listen tcp 0.0.0.0:80: bind: address already in use');
    first.close();
    expect(() => w.fabric.listen(web.ns, 80, w.echo('b').handler)).not.toThrow();
    w.fabric.closeAll(web.ns);
    expect(w.fabric.listening(web.ns)).toEqual([]);
  });

  it('a container on --network host listens in the host’s namespace, so the host reaches it on localhost', async () => {
    const w = makeWorld();
    const app = w.container('app', 'host');
    expect(app.ns).toEqual(hostNamespace);
    w.fabric.listen(app.ns, 3000, w.echo('app').handler);
    const connection = await w.fabric.connect(hostNamespace, 'localhost', 3000);
    expect(text((await connection.send(get)).body)).toBe('app GET /\n');
  });

  it('a container reaches the host’s published ports through its bridge gateway', async () => {
    const w = makeWorld();
    const web = w.container('web', 'bridge', [{ privatePort: 80, type: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }]);
    const client = w.container('client');
    w.fabric.listen(web.ns, 80, w.echo('web').handler);
    const connection = await w.fabric.connect(client.ns, '172.17.0.1', 8080);
    expect(text((await connection.send(get)).body)).toBe('web GET /\n');
  });
});
