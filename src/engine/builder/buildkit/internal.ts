/**
 * BuildKit's `[internal]` vertices around the Dockerfile's own steps: loading the build
 * definition (`transferring dockerfile: 123B done`), the .dockerignore
 * (`transferring context: 2B done` — 2 bytes when there is none), and the build context
 * the COPY/ADD steps read (`transferring context: 1.35kB done`, the bytes of the files
 * sent). With the docker driver the files are already in the daemon, so no virtual
 * time passes.
 */
import type { FileSystem } from '../../fs/types.ts';
import { sha256Hex } from '../../util/digest.ts';
import type { Progress } from './progress.ts';

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

export function loadDefinition(progress: Progress, dockerfileName: string, dockerfile: string | undefined): void {
  const v = progress.vertex(`sha256:${sha256Hex(`definition\n${dockerfile ?? ''}`)}`, `[internal] load build definition from ${dockerfileName}`).start();
  v.status('transferring dockerfile:', dockerfile === undefined ? 0 : utf8Length(dockerfile), { done: true });
  v.done();
}

export function loadDockerignore(progress: Progress, fs: FileSystem): void {
  let size = 2;
  try {
    if (fs.exists('/.dockerignore')) size = fs.readFile('/.dockerignore').length;
  } catch {
    size = 2;
  }
  const v = progress.vertex(`sha256:${sha256Hex(`dockerignore\n${size}`)}`, '[internal] load .dockerignore').start();
  v.status('transferring context:', size, { done: true });
  v.done();
}

function treeSize(fs: FileSystem, path: string): number {
  const st = fs.lstat(path);
  if (st.type !== 'dir') return st.size;
  const base = path === '/' ? '' : path;
  return fs.readdir(path).reduce((n, child) => n + treeSize(fs, `${base}/${child}`), 0);
}

export function loadBuildContext(progress: Progress, fs: FileSystem): void {
  const size = treeSize(fs, '/');
  const v = progress.vertex(`sha256:${sha256Hex(`context\n${size}`)}`, '[internal] load build context').start();
  v.status('transferring context:', size, { done: true });
  v.done();
}
