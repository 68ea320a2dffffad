import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import {
  layerSize,
  layerTarFromDiff,
  snapshotFromLayers,
  tarFromTree,
} from '../../../src/engine/layer/changes.ts';
import { diffIdOf, EMPTY_LAYER_DIFF_ID } from '../../../src/engine/layer/ids.ts';
import { readTar, writeTar } from '../../../src/engine/layer/tar.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';

function base(): MemFs {
  const fs = new MemFs({ clock: new VirtualClock(1_700_000_000_000) });
  fs.mkdir('/etc/apk', { recursive: true });
  fs.writeFile('/etc/hostname', 'base');
  fs.writeFile('/etc/apk/world', 'busybox');
  fs.mkdir('/bin');
  fs.writeFile('/bin/busybox', '#!placeholder', { mode: 0o755, declaredSize: 800_000 });
  fs.symlink('/bin/busybox', '/bin/sh');
  return fs;
}

const summary = (tar: Uint8Array) => readTar(tar).map((e) => `${e.type} ${e.path}`);

describe('layerTarFromDiff', () => {
  it('an unchanged filesystem gives the empty layer', () => {
    const fs = base();
    const snap = fs.snapshot();
    expect(diffIdOf(layerTarFromDiff(snap, fs.snapshot()))).toBe(EMPTY_LAYER_DIFF_ID);
  });

  it('holds added and changed files with their parent directories', () => {
    const fs = base();
    const before = fs.snapshot();
    fs.writeFile('/etc/apk/world', 'busybox\ncurl');
    fs.mkdir('/usr/bin', { recursive: true });
    fs.writeFile('/usr/bin/curl', 'curl', { mode: 0o755, declaredSize: 250_000 });
    expect(summary(layerTarFromDiff(before, fs.snapshot()))).toEqual([
      'dir etc',
      'dir etc/apk',
      'file etc/apk/world',
      'dir usr',
      'dir usr/bin',
      'file usr/bin/curl',
    ]);
  });

  it('records a deletion as a whiteout beside the deleted name', () => {
    const fs = base();
    const before = fs.snapshot();
    fs.rm('/etc/apk', { recursive: true });
    fs.unlink('/bin/sh');
    const entries = readTar(layerTarFromDiff(before, fs.snapshot()));
    expect(entries.map((e) => `${e.type} ${e.path}`)).toEqual([
      'dir bin',
      'file bin/.wh.sh',
      'dir etc',
      'file etc/.wh.apk',
    ]);
    expect(entries[1]).toMatchObject({ mode: 0o600, data: new Uint8Array(0) });
  });

  it('marks a directory replaced wholesale as opaque and holds only its new content', () => {
    const fs = base();
    const before = fs.snapshot();
    fs.rm('/etc/apk', { recursive: true });
    fs.mkdir('/etc/apk');
    fs.writeFile('/etc/apk/repositories', 'https://example');
    expect(summary(layerTarFromDiff(before, fs.snapshot()))).toEqual([
      'dir etc',
      'dir etc/apk',
      'file etc/apk/.wh..wh..opq',
      'file etc/apk/repositories',
    ]);
  });

  it('is deterministic: the same change gives the same DiffID', () => {
    const run = () => {
      const fs = base();
      const before = fs.snapshot();
      fs.writeFile('/etc/motd', 'welcome');
      return diffIdOf(layerTarFromDiff(before, fs.snapshot()));
    };
    expect(run()).toBe(run());
  });
});

describe('applyLayerTar and snapshotFromLayers', () => {
  it('whiteouts delete and opaque markers clear what lower layers put there', () => {
    const lower = tarFromTree(base().snapshot());
    const file = (path: string, text = '') => ({
      path,
      type: 'file' as const,
      mode: 0o644,
      uid: 0,
      gid: 0,
      mtime: 0,
      data: new TextEncoder().encode(text),
    });
    const dir = (path: string) => ({ path, type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, mtime: 0 });
    const upper = writeTar([
      dir('etc'),
      file('etc/.wh.hostname'),
      dir('etc/apk'),
      file('etc/apk/.wh..wh..opq'),
      file('etc/apk/new', 'n'),
    ]);
    const fs = MemFs.from(snapshotFromLayers([lower, upper]));
    expect(fs.readdir('/etc')).toEqual(['apk']);
    expect(fs.readdir('/etc/apk')).toEqual(['new']);
    expect(fs.readlink('/bin/sh')).toBe('/bin/busybox');
    expect(fs.stat('/bin/busybox')).toMatchObject({ mode: 0o755, size: 800_000 });
  });

  it('a directory entry over an existing directory keeps its contents', () => {
    const lower = tarFromTree(base().snapshot());
    const upper = writeTar([{ path: 'etc', type: 'dir', mode: 0o700, uid: 0, gid: 0, mtime: 5 }]);
    const fs = MemFs.from(snapshotFromLayers([lower, upper]));
    expect(fs.readdir('/etc')).toEqual(['apk', 'hostname']);
    expect(fs.stat('/etc')).toMatchObject({ mode: 0o700, mtime: 5000 });
  });

  it('extracts a hard link as a copy of its target', () => {
    const data = new TextEncoder().encode('x');
    const tar = writeTar([
      { path: 'a', type: 'file', mode: 0o640, uid: 0, gid: 0, mtime: 0, data },
      { path: 'b', type: 'hardlink', mode: 0o640, uid: 0, gid: 0, mtime: 0, linkname: 'a' },
    ]);
    const fs = MemFs.from(snapshotFromLayers([tar]));
    expect(fs.readText('/b')).toBe('x');
    expect(fs.stat('/b').mode).toBe(0o640);
  });
});

describe('layerSize', () => {
  it('sums the regular files of a layer at their declared sizes', () => {
    const fs = base();
    expect(layerSize(tarFromTree(fs.snapshot()))).toBe(800_000 + 'base'.length + 'busybox'.length);
    expect(layerSize(writeTar([]))).toBe(0);
  });
});
