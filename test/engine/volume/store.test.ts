import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { volumeView } from '../../../src/engine/volume/views.ts';
import { makeVolumes } from './world.ts';

function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return `${e.status} ${e.message}`;
    throw e;
  }
  throw new Error('expected an EngineError');
}

describe('VolumeStore', () => {
  it('creates a named local volume with its mountpoint, RFC3339 CreatedAt and local scope', () => {
    const { store } = makeVolumes();
    const view = volumeView(store.create({ Name: 'myvol', Driver: 'local', Labels: { team: 'a' } }));
    expect(view).toEqual({
      CreatedAt: '2025-01-02T03:04:05Z',
      Driver: 'local',
      Labels: { team: 'a' },
      Mountpoint: '/var/lib/docker/volumes/myvol/_data',
      Name: 'myvol',
      Options: null,
      Scope: 'local',
    });
  });

  it('creating an existing name returns the existing volume', () => {
    const { store } = makeVolumes();
    const first = store.create({ Name: 'myvol' });
    first.fs.writeFile('/a', 'x');
    expect(store.create({ Name: 'myvol', Labels: { other: '1' } })).toBe(first);
  });

  it('an anonymous volume has a 64-hex name and the anonymous label', () => {
    const { store } = makeVolumes();
    const anon = store.create();
    expect(anon.name).toMatch(/^[0-9a-f]{64}$/);
    expect(anon.labels).toEqual({ 'com.docker.volume.anonymous': '' });
  });

  it('refuses invalid names, unknown drivers and unknown local options', () => {
    const { store } = makeVolumes();
    expect(failure(() => store.create({ Name: 'x/y' }))).toBe(
      '400 create x/y: "x/y" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
    );
    expect(failure(() => store.create({ Name: 'v1', Driver: 'nfs' }))).toBe('404 create v1: error looking up volume plugin nfs: plugin "nfs" not found');
    expect(failure(() => store.create({ Name: 'v1', DriverOpts: { colour: 'red' } }))).toBe('400 create v1: invalid option key: "colour"');
  });

  it('get of a missing volume is 404 get myvol: no such volume', () => {
    expect(failure(() => makeVolumes().store.get('myvol'))).toBe('404 get myvol: no such volume');
  });

  it('remove refuses a volume in use with the container IDs, until they release it', () => {
    const { store } = makeVolumes();
    store.create({ Name: 'myvol' });
    store.acquire('myvol', 'c1');
    store.acquire('myvol', 'c2');
    expect(failure(() => store.remove('myvol'))).toBe('409 remove myvol: volume is in use - [c1 c2]');
    expect(failure(() => store.remove('myvol', { force: true }))).toBe('409 remove myvol: volume is in use - [c1 c2]');
    store.release('myvol', 'c1');
    store.release('myvol', 'c2');
    store.remove('myvol');
    expect(store.find('myvol')).toBeUndefined();
  });

  it('force forgives removing a volume that does not exist', () => {
    const { store } = makeVolumes();
    expect(() => store.remove('ghost', { force: true })).not.toThrow();
    expect(failure(() => store.remove('ghost'))).toBe('404 get ghost: no such volume');
  });

  it('prune removes unused anonymous volumes by default, and named ones too with all', () => {
    const { store } = makeVolumes();
    const anon = store.create();
    anon.fs.writeFile('/f', '12345');
    store.create({ Name: 'named' });
    store.create({ Name: 'used' });
    store.acquire('used', 'c1');
    expect(store.prune()).toEqual({ deleted: [anon.name], reclaimed: 5 });
    expect(store.prune({ all: true })).toEqual({ deleted: ['named'], reclaimed: 0 });
    expect(store.all().map((v) => v.name)).toEqual(['used']);
  });

  it('size sums file sizes (declared sizes included) and usage counts references', () => {
    const { store } = makeVolumes();
    const v = store.create({ Name: 'data' });
    v.fs.mkdir('/a/b', { recursive: true });
    v.fs.writeFile('/a/b/one', 'abc');
    v.fs.writeFile('/two', 'x', { declaredSize: 1000 });
    v.fs.symlink('/two', '/link');
    store.acquire('data', 'c1');
    expect(store.usage(v)).toEqual({ Size: 1003, RefCount: 1 });
  });

  it('emits create and destroy events with the driver, and prune with the bytes reclaimed', () => {
    const { store, dockerEvents } = makeVolumes();
    store.create({ Name: 'myvol' });
    store.remove('myvol');
    store.prune();
    expect(dockerEvents.map((e) => [e.Type, e.Action, e.Actor.ID, e.Actor.Attributes])).toEqual([
      ['volume', 'create', 'myvol', { driver: 'local' }],
      ['volume', 'destroy', 'myvol', { driver: 'local' }],
      ['volume', 'prune', '', { reclaimed: '0' }],
    ]);
  });
});
