import { describe, expect, it } from 'vitest';
import { makeVolumes } from './world.ts';

describe('volume routes', () => {
  it('POST /volumes/create answers 201 with the Volume object', async () => {
    const { call } = makeVolumes();
    const res = await call('POST', '/v1.50/volumes/create', { Driver: 'local', Name: 'myvol' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ Name: 'myvol', Driver: 'local', Mountpoint: '/var/lib/docker/volumes/myvol/_data', Scope: 'local' });
  });

  it('GET /volumes answers {Volumes, Warnings: null} and filters by name, dangling and label', async () => {
    const { call, store } = makeVolumes();
    await call('POST', '/volumes/create', { Name: 'alpha', Labels: { tier: 'db' } });
    await call('POST', '/volumes/create', { Name: 'beta' });
    store.acquire('beta', 'c1');
    const names = async (filters?: unknown) => {
      const res = await call('GET', '/volumes', undefined, filters ? { filters: JSON.stringify(filters) } : undefined);
      const body = res.body as { Volumes: { Name: string }[]; Warnings: null };
      expect(body.Warnings).toBeNull();
      return body.Volumes.map((v) => v.Name);
    };
    expect(await names()).toEqual(['alpha', 'beta']);
    expect(await names({ name: { alp: true } })).toEqual(['alpha']);
    expect(await names({ dangling: { true: true } })).toEqual(['alpha']);
    expect(await names({ label: { 'tier=db': true } })).toEqual(['alpha']);
    const bad = await call('GET', '/volumes', undefined, { filters: '{"size":{"1":true}}' });
    expect([bad.status, bad.body]).toEqual([400, { message: "invalid filter 'size'" }]);
  });

  it('GET /volumes/{name} inspects, 404 get myvol: no such volume when missing', async () => {
    const { call } = makeVolumes();
    const missing = await call('GET', '/volumes/myvol');
    expect([missing.status, missing.body]).toEqual([404, { message: 'get myvol: no such volume' }]);
    await call('POST', '/volumes/create', { Name: 'myvol' });
    expect((await call('GET', '/volumes/myvol')).body).toMatchObject({ Name: 'myvol' });
  });

  it('DELETE /volumes/{name} answers 204, 409 while in use, and force ignores a missing volume', async () => {
    const { call, store } = makeVolumes();
    await call('POST', '/volumes/create', { Name: 'myvol' });
    store.acquire('myvol', 'abc123');
    const busy = await call('DELETE', '/volumes/myvol');
    expect([busy.status, busy.body]).toEqual([409, { message: 'remove myvol: volume is in use - [abc123]' }]);
    store.release('myvol', 'abc123');
    expect((await call('DELETE', '/volumes/myvol')).status).toBe(204);
    expect((await call('DELETE', '/volumes/myvol', undefined, { force: '1' })).status).toBe(204);
  });

  it('POST /volumes/prune answers {VolumesDeleted, SpaceReclaimed}; all=true takes named volumes', async () => {
    const { call, store } = makeVolumes();
    const anon = store.create();
    anon.fs.writeFile('/f', 'abcd');
    store.create({ Name: 'named' });
    expect((await call('POST', '/volumes/prune')).body).toEqual({ VolumesDeleted: [anon.name], SpaceReclaimed: 4 });
    expect((await call('POST', '/volumes/prune')).body).toEqual({ VolumesDeleted: null, SpaceReclaimed: 0 });
    expect((await call('POST', '/volumes/prune', undefined, { filters: '{"all":{"true":true}}' })).body).toEqual({ VolumesDeleted: ['named'], SpaceReclaimed: 0 });
  });

  it('before API 1.42 prune removes named volumes too', async () => {
    const { call, store } = makeVolumes();
    store.create({ Name: 'named' });
    expect((await call('POST', '/v1.41/volumes/prune')).body).toEqual({ VolumesDeleted: ['named'], SpaceReclaimed: 0 });
  });
});
