import { describe, expect, it } from 'vitest';
import { readBuildContext } from '../../../../src/engine/builder/context/build-context.ts';
import { isExcluded, parseDockerignore } from '../../../../src/engine/builder/context/dockerignore.ts';
import { contextTar } from '../executor/helpers.ts';

const excluded = (path: string, text: string) => isExcluded(path, parseDockerignore(text));

describe('.dockerignore matching', () => {
  it('excludes a directory and everything under it', () => {
    expect(excluded('node_modules', 'node_modules')).toBe(true);
    expect(excluded('node_modules/express/index.js', 'node_modules')).toBe(true);
    expect(excluded('src/node_modules', 'node_modules')).toBe(false);
  });

  it('lets a later ! exception re-include a file, and the last matching pattern wins', () => {
    expect(excluded('docs/README.md', 'docs\n!docs/README.md')).toBe(false);
    expect(excluded('docs/other.md', 'docs\n!docs/README.md')).toBe(true);
    expect(excluded('fileutils.go', '*.go\n!fileutils.go')).toBe(false);
    expect(excluded('fileutils.go', '!fileutils.go\n*.go')).toBe(true);
  });

  it('matches ** across any number of directories and * within one', () => {
    expect(excluded('a/b/c/x.go', '**/*.go')).toBe(true);
    expect(excluded('x.go', '**/*.go')).toBe(true);
    expect(excluded('a/x.go', '*.go')).toBe(false);
    expect(excluded('dir/a/b', 'dir/**')).toBe(true);
  });

  it('cleans patterns: a leading slash or ./ is dropped, comments and blanks are ignored', () => {
    expect(excluded('foo', '/foo')).toBe(true);
    expect(excluded('foo', './foo')).toBe(true);
    expect(excluded('#x', '#x\n\n')).toBe(false);
  });

  it('refuses a lone !', () => {
    expect(() => parseDockerignore('!')).toThrow('illegal exclusion pattern: "!"');
  });
});

describe('the uploaded build context', () => {
  it('removes an ignored Dockerfile and .dockerignore after reading them, as moby does', () => {
    const ctx = readBuildContext(contextTar({ Dockerfile: 'FROM alpine\n', '.dockerignore': 'Dockerfile\n.dockerignore\n', 'a.txt': 'a' }), 'Dockerfile');
    expect(ctx.dockerfile).toBe('FROM alpine\n');
    expect(ctx.fs.exists('/Dockerfile')).toBe(false);
    expect(ctx.fs.exists('/.dockerignore')).toBe(false);
    expect(ctx.fs.exists('/a.txt')).toBe(true);
  });
});
