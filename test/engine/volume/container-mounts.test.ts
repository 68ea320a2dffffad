import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { MountFs } from '../../../src/engine/fs/mountfs.ts';
import { populateFromImage } from '../../../src/engine/volume/copy-up.ts';
import { mountAtStart, mountPointView, prepareMounts, releaseMounts, unmountAtStop } from '../../../src/engine/volume/container-mounts.ts';
import { makeVolumes } from './world.ts';

function imageWithConfig() {
  const image = new MemFs();
  image.mkdir('/etc/app', { recursive: true, uid: 100, gid: 101, mode: 0o750 });
  image.writeFile('/etc/app/app.conf', 'port=80', { mode: 0o640 });
  image.symlink('app.conf', '/etc/app/current');
  return image;
}

describe('copy-up', () => {
  it('copies the image content at the mount path into an empty volume, with modes and owners', () => {
    const { store } = makeVolumes();
    const volume = store.create({ Name: 'conf' });
    expect(populateFromImage(volume, imageWithConfig().snapshot(), '/etc/app')).toBe(true);
    expect(volume.fs.readText('/app.conf')).toBe('port=80');
    expect(volume.fs.stat('/app.conf').mode).toBe(0o640);
    expect(volume.fs.readlink('/current')).toBe('app.conf');
    expect([volume.fs.stat('/').uid, volume.fs.stat('/').mode]).toEqual([100, 0o750]);
  });

  it('leaves a volume that already has data alone', () => {
    const { store } = makeVolumes();
    const volume = store.create({ Name: 'conf' });
    volume.fs.writeFile('/mine', 'kept');
    expect(populateFromImage(volume, imageWithConfig().snapshot(), '/etc/app')).toBe(false);
    expect(volume.fs.readdir('/')).toEqual(['mine']);
  });
});

describe('container mounts', () => {
  it('create makes named and anonymous volumes, takes references and copies up', () => {
    const { store } = makeVolumes();
    const points = prepareMounts(store, 'c1', { binds: ['conf:/etc/app', '/host/src:/src:ro'], volumes: { '/cache': {} }, imageRootfs: imageWithConfig().snapshot() });
    expect(points.map((p) => [p.spec.type, p.spec.target])).toEqual([
      ['volume', '/etc/app'],
      ['bind', '/src'],
      ['volume', '/cache'],
    ]);
    expect(store.get('conf').users.has('c1')).toBe(true);
    expect(store.get('conf').fs.readText('/app.conf')).toBe('port=80');
    expect(store.get(points[2].name!).anonymous).toBe(true);
  });

  it('refuses two mounts at one destination', () => {
    const { store } = makeVolumes();
    expect(() => prepareMounts(store, 'c1', { binds: ['a1:/data', 'b1:/data'] })).toThrow('Duplicate mount point: /data');
  });

  it('start grafts volumes and binds into the container filesystem and emits mount events; stop emits unmount', () => {
    const { store, dockerEvents } = makeVolumes();
    const host = new MemFs();
    host.mkdir('/host/src', { recursive: true });
    host.writeFile('/host/src/main.js', 'hi');
    const points = prepareMounts(store, 'c1', { binds: ['data:/data', '/host/src:/src:ro'] });
    const fs = new MountFs(new MemFs(), mountAtStart(store, 'c1', points, host));
    fs.writeFile('/data/x', 'saved');
    expect(store.get('data').fs.readText('/x')).toBe('saved');
    expect(fs.readText('/src/main.js')).toBe('hi');
    unmountAtStop(store, 'c1', points);
    expect(dockerEvents.filter((e) => e.Action === 'mount' || e.Action === 'unmount').map((e) => [e.Action, e.Actor.Attributes])).toEqual([
      ['mount', { container: 'c1', destination: '/data', driver: 'local', propagation: '', 'read/write': 'true' }],
      ['unmount', { container: 'c1', driver: 'local' }],
    ]);
  });

  it('remove drops references; with removeAnonymous the anonymous volumes go and named ones stay', () => {
    const { store } = makeVolumes();
    const points = prepareMounts(store, 'c1', { binds: ['keep:/keep', '/scratch'] });
    releaseMounts(store, 'c1', points, { removeAnonymous: true });
    expect(store.all().map((v) => v.name)).toEqual(['keep']);
    expect(store.get('keep').users.size).toBe(0);
  });

  it('inspect views name the volume, its mountpoint and RW', () => {
    const { store } = makeVolumes();
    const [vol, bind] = prepareMounts(store, 'c1', { binds: ['data:/data', '/h:/h:ro'] });
    expect(mountPointView(vol)).toEqual({ Type: 'volume', Name: 'data', Source: '/var/lib/docker/volumes/data/_data', Destination: '/data', Driver: 'local', Mode: '', RW: true, Propagation: '' });
    expect(mountPointView(bind)).toEqual({ Type: 'bind', Source: '/h', Destination: '/h', Mode: 'ro', RW: false, Propagation: 'rprivate' });
  });
});
