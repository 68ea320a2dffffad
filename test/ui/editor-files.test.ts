import { describe, expect, it } from 'vitest';
import { MemFs } from '../../src/engine/fs/memfs.ts';
import { HostSession } from '../../src/sim/host/session.ts';
import { flattenFiles, initialFile, listTree } from '../../src/ui/editor/file-tree.ts';
import { openFile, saveFile } from '../../src/ui/editor/file-io.ts';
import { languageOf } from '../../src/ui/editor/languages.ts';
import { buildCommand, tagProblem } from '../../src/ui/editor/build-command.ts';

describe('listTree', () => {
  it('lists the learner’s home directory with the Dockerfile opened first', () => {
    const session = new HostSession({ seed: 1 });
    const tree = listTree(session.fs, session.shell.cwd);
    expect(tree.map((e) => e.name)).toEqual(['.dockerignore', 'Dockerfile', 'index.js', 'package.json']);
    expect(initialFile(tree)).toBe('/home/learner/Dockerfile');
  });

  it('puts directories first and does not descend into node_modules', () => {
    const fs = new MemFs();
    fs.mkdir('/w/src', { recursive: true });
    fs.mkdir('/w/node_modules/express', { recursive: true });
    fs.writeFile('/w/src/app.js', 'x');
    fs.writeFile('/w/a.txt', 'hello');
    const tree = listTree(fs, '/w');
    expect(tree.map((e) => `${e.kind} ${e.name}`)).toEqual(['dir node_modules', 'dir src', 'file a.txt']);
    expect(tree[0].children).toBeUndefined();
    expect(flattenFiles(tree).map((e) => e.path)).toEqual(['/w/src/app.js', '/w/a.txt']);
    expect(tree[2].size).toBe(5);
  });

  it('gives an empty list for a directory that is gone', () => {
    expect(listTree(new MemFs(), '/nowhere')).toEqual([]);
  });
});

describe('openFile and saveFile', () => {
  it('saves to the host filesystem, keeping the owner, and says so', () => {
    const session = new HostSession({ seed: 1 });
    const path = '/home/learner/Dockerfile';
    const result = saveFile(session.fs, path, 'FROM alpine:3.20\n');
    expect(result).toEqual({ ok: true, message: 'Saved Dockerfile.' });
    expect(session.fs.readText(path)).toBe('FROM alpine:3.20\n');
    expect(session.fs.stat(path).uid).toBe(1000);
    expect(openFile(session.fs, path)).toEqual({ ok: true, text: 'FROM alpine:3.20\n' });
  });

  it('refuses to open binaries and directories as text', () => {
    const fs = new MemFs();
    fs.mkdir('/d');
    fs.writeFile('/bin.dat', new Uint8Array([1, 0, 2]));
    expect(openFile(fs, '/bin.dat')).toEqual({ ok: false, message: 'bin.dat is a binary file and cannot be edited here.' });
    expect(openFile(fs, '/d')).toEqual({ ok: false, message: 'd is a directory.' });
    expect(openFile(fs, '/missing').ok).toBe(false);
  });

  it('reports a save that fails instead of throwing', () => {
    const result = saveFile(new MemFs(), '/no/such/dir/file', 'x');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Could not save file: /);
  });
});

describe('languageOf', () => {
  it('recognises the build context’s files', () => {
    expect(['Dockerfile', 'Dockerfile.dev', 'web.dockerfile', 'index.js', 'server.mjs', 'package.json', 'run.sh', '.dockerignore'].map(languageOf)).toEqual([
      'dockerfile',
      'dockerfile',
      'dockerfile',
      'javascript',
      'javascript',
      'json',
      'shell',
      'text',
    ]);
  });
});

describe('buildCommand and tagProblem', () => {
  it('types the command the learner would type', () => {
    expect(buildCommand('app')).toBe('docker build -t app .');
    expect(buildCommand('localhost:5000/app:1.0', 'Dockerfile.dev')).toBe('docker build -t localhost:5000/app:1.0 -f Dockerfile.dev .');
    expect(buildCommand('app', 'my file')).toBe("docker build -t app -f 'my file' .");
  });

  it('accepts valid references and explains invalid ones', () => {
    for (const ok of ['app', 'app:1.0', 'me/app:v2_x', 'localhost:5000/app', 'registry.example.com/team/app:latest']) expect(tagProblem(ok)).toBeUndefined();
    expect(tagProblem('')).toBe('Give the image a name, e.g. app or app:1.0.');
    expect(tagProblem('App')).toBe('invalid reference format: repository name (App) must be lowercase');
    expect(tagProblem('my app')).toMatch(/^invalid reference format: "my app" is not a valid image name/);
    expect(tagProblem('app:')).toMatch(/^invalid reference format/);
  });
});
