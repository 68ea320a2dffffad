import { describe, expect, it } from 'vitest';
import { makeEngine } from '../daemon/fixtures.ts';
import { readTar, writeTar } from '../../../src/engine/layer/tar.ts';
import { decodePathStat, goModeDir } from '../../../src/engine/daemon/archive/path-stat.ts';

const text = (data?: Uint8Array) => new TextDecoder().decode(data);
const file = (path: string, content: string) => ({ path, type: 'file' as const, mode: 0o644, uid: 1000, gid: 1000, mtime: 0, data: new TextEncoder().encode(content) });

describe('container archive (GET/HEAD/PUT /containers/{id}/archive)', () => {
  it('GET gives a tar named after the base of the path and the path stat as base64 JSON', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'web');
    const res = await e.call('GET', '/containers/web/archive', { query: { path: '/etc/hostname' } });
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('application/x-tar');
    const entries = readTar(res.body as Uint8Array);
    expect(entries.map((x) => x.path)).toEqual(['hostname']);
    const stat = decodePathStat(res.headers['X-Docker-Container-Path-Stat']);
    expect(stat).toMatchObject({ name: 'hostname', size: text(entries[0].data).length, linkTarget: '' });
    expect(stat.mode).toBe(0o644);
  });

  it('GET of a directory tars it recursively under its own name', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'mkdir -p /data/sub; echo a > /data/a; echo b > /data/sub/b; sleep 100'] }, 'web');
    await e.elapse(10);
    const res = await e.call('GET', '/containers/web/archive', { query: { path: '/data' } });
    expect(readTar(res.body as Uint8Array).map((x) => x.path)).toEqual(['data', 'data/a', 'data/sub', 'data/sub/b']);
    expect(decodePathStat(res.headers['X-Docker-Container-Path-Stat']).mode).toBeGreaterThanOrEqual(goModeDir);
  });

  it('a missing path is 404 Could not find the file … in container …', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'web');
    const res = await e.call('GET', '/containers/web/archive', { query: { path: '/nope' } });
    expect(res).toMatchObject({ status: 404, body: { message: 'Could not find the file /nope in container web' } });
  });

  it('HEAD answers the stat only', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'web');
    const res = await e.daemon.api.handle({ method: 'HEAD', path: '/v1.50/containers/web/archive', query: { path: '/etc' } });
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
    expect(decodePathStat(res.headers['X-Docker-Container-Path-Stat']).name).toBe('etc');
  });

  it('PUT extracts into a directory of a running container, owned by root, visible to its processes', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'web');
    const res = await e.call('PUT', '/containers/web/archive', { query: { path: '/tmp' }, body: writeTar([file('note.txt', 'hi\n')]) });
    expect(res.status).toBe(200);
    const c = e.daemon.containers.get('web');
    expect(c.procFs!.readText('/tmp/note.txt')).toBe('hi\n');
    expect(c.procFs!.stat('/tmp/note.txt').uid).toBe(0);
  });

  it('PUT works on a stopped container and refuses a file over a directory with noOverwriteDirNonDir', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const created = await e.call('POST', '/containers/create', { body: { Image: 'alpine' }, query: { name: 'idle' } });
    expect(created.status).toBe(201);
    expect((await e.call('PUT', '/containers/idle/archive', { query: { path: '/' }, body: writeTar([file('hello', 'x')]) })).status).toBe(200);
    expect(e.daemon.containers.get('idle').fs.readText('/hello')).toBe('x');
    const clash = await e.call('PUT', '/containers/idle/archive', { query: { path: '/', noOverwriteDirNonDir: 'true' }, body: writeTar([file('etc', 'x')]) });
    expect(clash.status).toBe(400);
    const notDir = await e.call('PUT', '/containers/idle/archive', { query: { path: '/hello' }, body: writeTar([]) });
    expect(notDir).toMatchObject({ status: 400, body: { message: 'extraction point is not a directory' } });
  });

  it('GET /containers/{id}/export holds the whole root filesystem', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'echo x > /root/mine; sleep 100'] }, 'web');
    await e.elapse(10);
    const res = await e.call('GET', '/containers/web/export');
    const paths = readTar(res.body as Uint8Array).map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(['bin', 'etc/hostname', 'root/mine', '.dockerenv']));
  });
});
