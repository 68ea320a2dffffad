import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../../src/engine/fs/diff.ts';
import type { Change } from '../../../src/engine/fs/diff.ts';
import { MemFs } from '../../../src/engine/fs/memfs.ts';

function image(): MemFs {
  const fs = new MemFs();
  fs.mkdir('/etc/apk', { recursive: true });
  fs.writeFile('/etc/hostname', 'base');
  fs.writeFile('/etc/apk/world', 'busybox');
  fs.mkdir('/usr/bin', { recursive: true });
  fs.writeFile('/usr/bin/env', '#!');
  fs.mkdir('/tmp');
  return fs;
}

const lines = (changes: Change[]) => changes.map((c) => `${c.kind} ${c.path}`);

describe('diffSnapshots lists what docker diff lists', () => {
  it('finds nothing between a snapshot and itself or an untouched copy', () => {
    const base = image().snapshot();
    expect(diffSnapshots(base, base)).toEqual([]);
    expect(diffSnapshots(base, MemFs.from(base).snapshot())).toEqual([]);
  });

  it('an added file shows as A under its parent directories shown as C', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.writeFile('/tmp/x', '1');
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual(['C /tmp', 'A /tmp/x']);
  });

  it('a changed file in a nested directory shows every directory on its path as C', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.writeFile('/etc/apk/world', 'busybox\ncurl');
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual(['C /etc', 'C /etc/apk', 'C /etc/apk/world']);
  });

  it('a deleted directory shows only itself as D', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.rm('/etc', { recursive: true });
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual(['D /etc']);
  });

  it('an added directory lists everything inside it as A', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.mkdir('/app/src', { recursive: true });
    fs.writeFile('/app/src/main.js', '');
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual(['A /app', 'A /app/src', 'A /app/src/main.js']);
  });

  it('a directory replaced wholesale shows C, its old entries D and its new entries A', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.rm('/etc/apk', { recursive: true });
    fs.mkdir('/etc/apk');
    fs.writeFile('/etc/apk/repositories', 'x');
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual([
      'C /etc',
      'C /etc/apk',
      'A /etc/apk/repositories',
      'D /etc/apk/world',
    ]);
  });

  it('a metadata change (chmod) counts as a change; a directory mtime alone does not', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.chmod('/usr/bin/env', 0o755);
    fs.utimes('/tmp', 99);
    fs.chmod('/etc', 0o700);
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual([
      'C /etc',
      'C /usr',
      'C /usr/bin',
      'C /usr/bin/env',
    ]);
  });

  it('a file replaced by a directory is C with its new contents A', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.rm('/etc/hostname');
    fs.mkdir('/etc/hostname');
    fs.writeFile('/etc/hostname/x', '');
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual([
      'C /etc',
      'C /etc/hostname',
      'A /etc/hostname/x',
    ]);
  });

  it('sorts by full path, as docker does', () => {
    const fs = image();
    const base = fs.snapshot();
    fs.writeFile('/tmp-a', '');
    fs.writeFile('/tmp/b', '');
    expect(lines(diffSnapshots(base, fs.snapshot()))).toEqual(['C /tmp', 'A /tmp-a', 'A /tmp/b']);
  });
});
