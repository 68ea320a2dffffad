import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { FsError } from '../../../src/engine/fs/types.ts';
import type { FsErrorCode } from '../../../src/engine/fs/types.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';

function code(f: () => unknown): FsErrorCode | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return undefined;
}

describe('MemFs files and directories', () => {
  it('starts with an empty root directory owned by root with mode 0755', () => {
    const fs = new MemFs();
    expect(fs.readdir('/')).toEqual([]);
    expect(fs.stat('/')).toMatchObject({ type: 'dir', mode: 0o755, uid: 0, gid: 0 });
  });

  it('writes and reads files with mode 0644 by default and mtime from the clock', () => {
    const clock = new VirtualClock(5000);
    const fs = new MemFs({ clock });
    fs.writeFile('/hello.txt', 'hi\n');
    expect(fs.readText('/hello.txt')).toBe('hi\n');
    expect(fs.stat('/hello.txt')).toEqual({
      type: 'file',
      mode: 0o644,
      uid: 0,
      gid: 0,
      size: 3,
      mtime: 5000,
    });
  });

  it('appends to a file and keeps its mode when rewriting it', () => {
    const fs = new MemFs();
    fs.writeFile('/f', 'a', { mode: 0o600 });
    fs.writeFile('/f', 'b', { append: true });
    expect(fs.readText('/f')).toBe('ab');
    fs.writeFile('/f', 'c');
    expect(fs.stat('/f').mode).toBe(0o600);
  });

  it('reports the declared size of a placeholder file as its size', () => {
    const fs = new MemFs();
    fs.writeFile('/busybox', '#placeholder', { declaredSize: 1_000_000 });
    expect(fs.stat('/busybox').size).toBe(1_000_000);
    expect(fs.readText('/busybox')).toBe('#placeholder');
  });

  it('mkdir -p creates every missing parent and accepts an existing directory', () => {
    const fs = new MemFs();
    fs.mkdir('/a/b/c', { recursive: true });
    fs.mkdir('/a/b', { recursive: true });
    expect(fs.readdir('/a/b')).toEqual(['c']);
    expect(code(() => fs.mkdir('/a'))).toBe('EEXIST');
    expect(code(() => fs.mkdir('/x/y'))).toBe('ENOENT');
  });

  it('lists entries sorted by code point', () => {
    const fs = new MemFs();
    for (const name of ['b', 'B', 'a', '_', '.hidden']) fs.writeFile('/' + name, '');
    expect(fs.readdir('/')).toEqual(['.hidden', 'B', '_', 'a', 'b']);
  });

  it('normalises dot segments and duplicate slashes', () => {
    const fs = new MemFs();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('//a/./b/../b//f', 'x');
    expect(fs.readText('/a/b/f')).toBe('x');
    expect(fs.realpath('/a/../a/b/./f')).toBe('/a/b/f');
  });

  it('fails with POSIX codes: ENOENT, ENOTDIR, EISDIR, ENOTEMPTY, EEXIST', () => {
    const fs = new MemFs();
    fs.mkdir('/d');
    fs.writeFile('/d/f', 'x');
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.writeFile('/nope/f', ''))).toBe('ENOENT');
    expect(code(() => fs.readFile('/d/f/g'))).toBe('ENOTDIR');
    expect(code(() => fs.readdir('/d/f'))).toBe('ENOTDIR');
    expect(code(() => fs.readFile('/d'))).toBe('EISDIR');
    expect(code(() => fs.writeFile('/d', ''))).toBe('EISDIR');
    expect(code(() => fs.unlink('/d'))).toBe('EISDIR');
    expect(code(() => fs.rm('/d'))).toBe('EISDIR');
    expect(code(() => fs.rmdir('/d'))).toBe('ENOTEMPTY');
    expect(code(() => fs.rmdir('/d/f'))).toBe('ENOTDIR');
    expect(code(() => fs.symlink('x', '/d/f'))).toBe('EEXIST');
    expect(code(() => fs.unlink('/nope'))).toBe('ENOENT');
  });

  it('rm -r removes a whole tree and rm -f ignores a missing path', () => {
    const fs = new MemFs();
    fs.mkdir('/a/b/c', { recursive: true });
    fs.writeFile('/a/b/c/f', 'x');
    fs.rm('/a', { recursive: true });
    expect(fs.exists('/a')).toBe(false);
    expect(() => fs.rm('/a', { force: true })).not.toThrow();
    expect(() => fs.rm('/a/b/c', { force: true, recursive: true })).not.toThrow();
    expect(code(() => fs.rm('/a'))).toBe('ENOENT');
  });

  it('renames directories with their contents, and refuses to move a directory into itself', () => {
    const fs = new MemFs();
    fs.mkdir('/src/sub', { recursive: true });
    fs.writeFile('/src/sub/f', 'x');
    fs.rename('/src', '/dst');
    expect(fs.exists('/src')).toBe(false);
    expect(fs.readText('/dst/sub/f')).toBe('x');
    expect(code(() => fs.rename('/dst', '/dst/sub/inner'))).toBe('EINVAL');
  });

  it('rename replaces a file and an empty directory but not a non-empty one', () => {
    const fs = new MemFs();
    fs.writeFile('/a', 'a');
    fs.writeFile('/b', 'b');
    fs.rename('/a', '/b');
    expect(fs.readdir('/')).toEqual(['b']);
    expect(fs.readText('/b')).toBe('a');
    fs.mkdir('/d1');
    fs.mkdir('/d2/x', { recursive: true });
    expect(code(() => fs.rename('/d1', '/d2'))).toBe('ENOTEMPTY');
    expect(code(() => fs.rename('/b', '/d1'))).toBe('EISDIR');
    expect(code(() => fs.rename('/d1', '/b'))).toBe('ENOTDIR');
    fs.rmdir('/d2/x');
    fs.rename('/d1', '/d2');
    expect(fs.exists('/d1')).toBe(false);
  });

  it('chmod, chown and utimes change metadata only', () => {
    const fs = new MemFs();
    fs.writeFile('/f', 'x');
    fs.chmod('/f', 0o755);
    fs.chown('/f', 1000, 1001);
    fs.utimes('/f', 42);
    expect(fs.stat('/f')).toEqual({ type: 'file', mode: 0o755, uid: 1000, gid: 1001, size: 1, mtime: 42 });
  });
});

describe('MemFs symlinks', () => {
  it('follows symlinks for stat and readFile but not for lstat and readlink', () => {
    const fs = new MemFs();
    fs.mkdir('/usr/lib', { recursive: true });
    fs.writeFile('/usr/lib/libc.so', 'elf');
    fs.symlink('usr/lib', '/lib');
    expect(fs.readText('/lib/libc.so')).toBe('elf');
    expect(fs.stat('/lib').type).toBe('dir');
    expect(fs.lstat('/lib').type).toBe('symlink');
    expect(fs.lstat('/lib').size).toBe(7);
    expect(fs.readlink('/lib')).toBe('usr/lib');
    expect(fs.realpath('/lib/libc.so')).toBe('/usr/lib/libc.so');
    expect(code(() => fs.readlink('/usr'))).toBe('EINVAL');
  });

  it('resolves .. after following a symlink, as Linux does', () => {
    const fs = new MemFs();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/f', 'in a');
    fs.symlink('/a/b', '/link');
    expect(fs.readText('/link/../f')).toBe('in a');
  });

  it('writes through a dangling symlink to its target and unlinks the link itself', () => {
    const fs = new MemFs();
    fs.symlink('/target', '/link');
    expect(fs.exists('/link')).toBe(false);
    fs.writeFile('/link', 'x');
    expect(fs.readText('/target')).toBe('x');
    fs.unlink('/link');
    expect(fs.exists('/target')).toBe(true);
  });

  it('fails with ELOOP on a symlink cycle', () => {
    const fs = new MemFs();
    fs.symlink('/b', '/a');
    fs.symlink('/a', '/b');
    expect(code(() => fs.stat('/a'))).toBe('ELOOP');
    expect(fs.lstat('/a').type).toBe('symlink');
  });
});

describe('MemFs snapshots', () => {
  it('a snapshot never sees later writes', () => {
    const fs = new MemFs();
    fs.mkdir('/etc');
    fs.writeFile('/etc/hostname', 'one');
    const snap = fs.snapshot();
    fs.writeFile('/etc/hostname', 'two');
    fs.writeFile('/etc/new', 'x');
    fs.chmod('/etc', 0o700);
    fs.rm('/etc', { recursive: true });
    const again = MemFs.from(snap);
    expect(again.readText('/etc/hostname')).toBe('one');
    expect(again.readdir('/etc')).toEqual(['hostname']);
    expect(again.stat('/etc').mode).toBe(0o755);
  });

  it('two filesystems from one snapshot do not see each other', () => {
    const base = new MemFs();
    base.writeFile('/f', 'base');
    const snap = base.snapshot();
    const a = MemFs.from(snap);
    const b = MemFs.from(snap);
    a.writeFile('/f', 'a');
    expect(b.readText('/f')).toBe('base');
    expect(base.readText('/f')).toBe('base');
  });

  it('shares untouched subtrees with the snapshot it started from', () => {
    const fs = new MemFs();
    fs.mkdir('/usr/bin', { recursive: true });
    fs.mkdir('/etc');
    const before = fs.snapshot();
    fs.writeFile('/etc/motd', 'hi');
    const after = fs.snapshot();
    expect(after.root).not.toBe(before.root);
    expect(after.root.entries.get('usr')).toBe(before.root.entries.get('usr'));
    expect(after.root.entries.get('etc')).not.toBe(before.root.entries.get('etc'));
  });

  it('readFile returns a copy, so a caller cannot change a snapshot', () => {
    const fs = new MemFs();
    fs.writeFile('/f', 'abc');
    const snap = fs.snapshot();
    fs.readFile('/f')[0] = 0;
    expect(MemFs.from(snap).readText('/f')).toBe('abc');
  });
});
