/**
 * Tar streams to and from any FileSystem, as moby's pkg/archive does for `docker cp`
 * and `docker export`: TarResource walks a path (not following its last symlink) and
 * names the entries after a chosen base; Untar extracts entries under a directory,
 * refusing to put a directory over a non-directory (or the reverse) when asked
 * (`noOverwriteDirNonDir`). Works on a running container's mount view and on the host.
 */
import { invalidParameter } from '../../errdefs.ts';
import type { FileSystem } from '../../fs/types.ts';
import type { TarEntry } from '../../layer/tar.ts';

/** Entries of the tree at `path`, named `base`, `base/child`, …; parents first, children sorted. */
export function tarEntriesOf(fs: FileSystem, path: string, base: string): TarEntry[] {
  const out: TarEntry[] = [];
  addEntries(fs, path, base, out);
  return out;
}

function addEntries(fs: FileSystem, path: string, name: string, out: TarEntry[]): void {
  const st = fs.lstat(path);
  const entry: TarEntry = { path: name, type: st.type, mode: st.mode, uid: st.uid, gid: st.gid, mtime: Math.floor(st.mtime / 1000) };
  if (st.type === 'file') {
    entry.data = fs.readFile(path);
    if (st.size !== entry.data.length) entry.declaredSize = st.size;
  }
  if (st.type === 'symlink') entry.linkname = fs.readlink(path);
  if (name !== '' && name !== '.') out.push(entry);
  if (st.type !== 'dir') return;
  for (const child of fs.readdir(path)) {
    const childName = name === '' || name === '.' ? child : `${name}/${child}`;
    addEntries(fs, path === '/' ? `/${child}` : `${path}/${child}`, childName, out);
  }
}

export interface UntarOptions {
  /** moby's NoOverwriteDirNonDir: a directory never replaces a file, nor a file a directory. */
  noOverwriteDirNonDir?: boolean;
  /** Owner for every entry (docker cp without -a gives root, the host user on the host side). */
  chown?: { uid: number; gid: number };
}

/** Extracts entries under the directory `dir` (which must exist). */
export function untar(fs: FileSystem, dir: string, entries: readonly TarEntry[], options: UntarOptions = {}): void {
  const dirTimes: [string, number][] = [];
  for (const e of entries) {
    if (e.path.split('/').includes('..')) throw invalidParameter(`invalid archive path: ${e.path}`);
    const path = dir === '/' ? `/${e.path}` : `${dir}/${e.path}`;
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true });
    const existing = fs.exists(path) || isLink(fs, path) ? fs.lstat(path).type : undefined;
    if (existing && options.noOverwriteDirNonDir && (existing === 'dir') !== (e.type === 'dir')) {
      const what = existing === 'dir' ? 'directory' : 'non-directory';
      const by = e.type === 'dir' ? 'directory' : 'non-directory';
      throw invalidParameter(`cannot overwrite ${what} "${path}" with ${by} "${e.path}"`);
    }
    if (existing && !(existing === 'dir' && e.type === 'dir')) fs.rm(path, { recursive: true });
    const uid = options.chown?.uid ?? e.uid;
    const gid = options.chown?.gid ?? e.gid;
    if (e.type === 'dir') {
      if (existing !== 'dir') fs.mkdir(path, { mode: e.mode, uid, gid });
      else fs.chmod(path, e.mode);
      dirTimes.push([path, e.mtime * 1000]);
    } else if (e.type === 'file') {
      fs.writeFile(path, e.data ?? new Uint8Array(0), { mode: e.mode, uid, gid, declaredSize: e.declaredSize });
      fs.utimes(path, e.mtime * 1000);
    } else if (e.type === 'symlink') {
      fs.symlink(e.linkname ?? '', path);
    } else {
      const target = dir === '/' ? `/${e.linkname ?? ''}` : `${dir}/${e.linkname ?? ''}`;
      const st = fs.lstat(target);
      const data = fs.readFile(target);
      fs.writeFile(path, data, { mode: st.mode, uid, gid, declaredSize: st.size !== data.length ? st.size : undefined });
    }
  }
  for (const [path, mtime] of dirTimes.reverse()) fs.utimes(path, mtime);
}

function isLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}
