import { describe, expect, it } from 'vitest';
import { readTar } from '../../../src/engine/layer/tar.ts';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { buildContextTar } from '../../../src/sim/host/build-context.ts';

function hostDir(files: Record<string, string>): MemFs {
  const fs = new MemFs();
  for (const [path, text] of Object.entries(files)) {
    const full = `/work/${path}`;
    fs.mkdir(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    fs.writeFile(full, text);
  }
  return fs;
}

describe('the host build context', () => {
  it('tars the directory without what .dockerignore excludes, always keeping Dockerfile and .dockerignore', () => {
    const fs = hostDir({ Dockerfile: 'FROM alpine\n', '.dockerignore': 'node_modules\nDockerfile\n.dockerignore\n', 'index.js': '', 'node_modules/x/index.js': '' });
    const paths = readTar(buildContextTar(fs, '/work', '.', 'Dockerfile')).map((e) => e.path);
    expect(paths).toEqual(['.dockerignore', 'Dockerfile', 'index.js']);
  });

  it('walks into an excluded directory when an exception re-includes something in it', () => {
    const fs = hostDir({ Dockerfile: '', '.dockerignore': 'docs\n!docs/README.md\n', 'docs/README.md': '', 'docs/x.md': '' });
    const paths = readTar(buildContextTar(fs, '/work', '.', 'Dockerfile')).map((e) => e.path);
    expect(paths).toContain('docs/README.md');
    expect(paths).not.toContain('docs/x.md');
  });

  it('gives the docker CLI’s errors for a missing context or Dockerfile', () => {
    const fs = hostDir({ 'a.txt': '' });
    expect(() => buildContextTar(fs, '/work', 'nope', 'Dockerfile')).toThrow('unable to prepare context: path "nope" not found');
    expect(() => buildContextTar(fs, '/work', '.', 'Dockerfile')).toThrow(
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /work/Dockerfile: no such file or directory',
    );
  });
});
