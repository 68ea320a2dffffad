import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { MountFs } from '../../../src/engine/fs/mountfs.ts';
import { FsError } from '../../../src/engine/fs/types.ts';

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return undefined;
}

function setup() {
  const root = new MemFs();
  root.mkdir('/var/lib', { recursive: true });
  root.mkdir('/app');
  root.writeFile('/app/hidden', 'under the mount');
  const volume = new MemFs();
  volume.writeFile('/db', 'rows');
  const host = new MemFs();
  host.mkdir('/home/me/src', { recursive: true });
  host.writeFile('/home/me/src/main.js', 'console.log(1)');
  const fs = new MountFs(root, [
    { path: '/var/lib/data', fs: volume },
    { path: '/app', fs: host, source: '/home/me/src', readOnly: true },
  ]);
  return { root, volume, host, fs };
}

describe('MountFs', () => {
  it('routes paths under a mount point to the mounted filesystem', () => {
    const { fs, volume } = setup();
    expect(fs.readText('/var/lib/data/db')).toBe('rows');
    fs.writeFile('/var/lib/data/new', 'x');
    expect(volume.readText('/new')).toBe('x');
  });

  it('shows a bind-mounted subdirectory in place of what the root had there', () => {
    const { fs } = setup();
    expect(fs.readdir('/app')).toEqual(['main.js']);
    expect(fs.exists('/app/hidden')).toBe(false);
  });

  it('lists mount points in their parent directory even if the root has no directory there', () => {
    const { fs } = setup();
    expect(fs.readdir('/var/lib')).toEqual(['data']);
    expect(fs.stat('/var/lib/data').type).toBe('dir');
  });

  it('refuses writes under a read-only mount with EROFS', () => {
    const { fs } = setup();
    expect(code(() => fs.writeFile('/app/main.js', ''))).toBe('EROFS');
    expect(code(() => fs.mkdir('/app/x'))).toBe('EROFS');
    expect(code(() => fs.rm('/app/main.js'))).toBe('EROFS');
  });

  it('refuses to rename across mounts (EXDEV) or to remove a mount point (EBUSY)', () => {
    const { fs } = setup();
    fs.writeFile('/tmpfile', 'x');
    expect(code(() => fs.rename('/tmpfile', '/var/lib/data/tmpfile'))).toBe('EXDEV');
    expect(code(() => fs.rm('/var/lib/data', { recursive: true }))).toBe('EBUSY');
  });

  it('follows a symlink in the root into a mount', () => {
    const { fs } = setup();
    fs.symlink('/var/lib/data', '/data');
    expect(fs.readText('/data/db')).toBe('rows');
    expect(fs.realpath('/data/db')).toBe('/var/lib/data/db');
    expect(fs.lstat('/data').type).toBe('symlink');
  });

  it('mkdir -p crosses into a mount', () => {
    const { fs, volume } = setup();
    fs.mkdir('/var/lib/data/a/b', { recursive: true });
    expect(volume.readdir('/a')).toEqual(['b']);
  });
});
