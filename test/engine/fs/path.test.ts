import { describe, expect, it } from 'vitest';
import { basename, dirname, join, normalize, resolve, split } from '../../../src/engine/fs/path.ts';

describe('path', () => {
  it('normalize collapses duplicate slashes, dots and parent segments', () => {
    expect(normalize('//a/./b/../c/')).toBe('/a/c');
    expect(normalize('/../..')).toBe('/');
    expect(normalize('../a/../../b')).toBe('../../b');
    expect(normalize('')).toBe('.');
  });

  it('join and resolve produce normalised paths', () => {
    expect(join('/usr', 'local/', '../bin')).toBe('/usr/bin');
    expect(resolve('/home/user', 'docs/../x')).toBe('/home/user/x');
    expect(resolve('/home/user', '/etc')).toBe('/etc');
  });

  it('dirname and basename split off the last component', () => {
    expect(dirname('/a/b')).toBe('/a');
    expect(dirname('/a')).toBe('/');
    expect(dirname('a')).toBe('.');
    expect(basename('/a/b/')).toBe('b');
    expect(basename('/')).toBe('/');
  });

  it('split lists the components, none for the root', () => {
    expect(split('/a//b/')).toEqual(['a', 'b']);
    expect(split('/')).toEqual([]);
  });
});
