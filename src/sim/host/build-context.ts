/**
 * The client side of `docker build PATH` (docker/cli build context.go): check the
 * context directory and the Dockerfile, read `.dockerignore`, and tar what remains —
 * always keeping the Dockerfile and `.dockerignore` themselves, as the CLI appends
 * `!Dockerfile` and `!.dockerignore` exceptions. Symlinks are sent as links.
 */
import { CliError } from '../cli/errors.ts';
import type { FileSystem } from '../../engine/fs/types.ts';
import { join, resolve } from '../../engine/fs/path.ts';
import { writeTar, type TarEntry } from '../../engine/layer/tar.ts';
import { isExcluded, mayReinclude, parseDockerignore, type IgnorePattern } from '../../engine/builder/context/dockerignore.ts';

function tarEntry(fs: FileSystem, full: string, rel: string): TarEntry {
  const st = fs.lstat(full);
  const entry: TarEntry = { path: rel, type: st.type, mode: st.mode, uid: st.uid, gid: st.gid, mtime: Math.floor(st.mtime / 1000) };
  if (st.type === 'file') {
    entry.data = fs.readFile(full);
    if (st.size !== entry.data.length) entry.declaredSize = st.size;
  }
  if (st.type === 'symlink') entry.linkname = fs.readlink(full);
  return entry;
}

function walk(fs: FileSystem, root: string, rel: string, patterns: IgnorePattern[], keep: Set<string>, out: TarEntry[]): void {
  const dir = rel === '' ? root : join(root, rel);
  for (const name of [...fs.readdir(dir)].sort()) {
    const childRel = rel === '' ? name : `${rel}/${name}`;
    const full = join(root, childRel);
    const excluded = !keep.has(childRel) && isExcluded(childRel, patterns);
    const type = fs.lstat(full).type;
    if (!excluded) out.push(tarEntry(fs, full, childRel));
    if (type === 'dir' && (!excluded || mayReinclude(childRel, patterns))) walk(fs, root, childRel, patterns, keep, out);
  }
}

/**
 * @example await buildContextTar(fs, '/home/learner', '.', 'Dockerfile') // tar bytes
 * @throws CliError `unable to prepare context: path "x" not found`
 */
export function buildContextTar(fs: FileSystem, cwd: string, path: string, dockerfile: string): Uint8Array {
  const root = resolve(cwd, path);
  if (!fs.exists(root)) throw new CliError(`unable to prepare context: path "${path}" not found`);
  if (fs.stat(root).type !== 'dir') throw new CliError(`unable to prepare context: context must be a directory: ${root}`);
  const dockerfilePath = resolve(root, dockerfile || 'Dockerfile');
  if (!fs.exists(dockerfilePath)) {
    throw new CliError(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${dockerfilePath}: no such file or directory`);
  }
  const patterns = fs.exists(join(root, '.dockerignore')) ? parseDockerignore(fs.readText(join(root, '.dockerignore'))) : [];
  const keep = new Set([dockerfilePath.slice(root.length + 1), '.dockerignore']);
  const out: TarEntry[] = [];
  walk(fs, root, '', patterns, keep, out);
  return writeTar(out);
}
