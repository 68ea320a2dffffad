/**
 * Applying layer tars to a filesystem, as moby's archive.UnpackLayer does when it
 * assembles an image's root filesystem: whiteouts delete from the layers below, an
 * opaque marker empties a directory of what the layers below put there, and every
 * other entry replaces what was at its path (a directory entry over an existing
 * directory only updates its metadata, keeping its contents).
 */
import { MemFs } from '../fs/memfs.ts';
import type { FsSnapshot } from '../fs/node.ts';
import { readTar } from './tar.ts';
import type { TarEntry } from './tar.ts';
import { parseWhiteout } from './whiteout.ts';

/** Applies one layer on top of `fs`, in place. */
export function applyLayerTar(fs: MemFs, tar: Uint8Array): void {
  const entries = readTar(tar);
  const content: TarEntry[] = [];
  // Deletions first, so the order of entries within the layer does not matter: a layer
  // never both deletes and adds the same path.
  for (const e of entries) {
    const wh = parseWhiteout(e.path);
    if (!wh) content.push(e);
    else if (wh.kind === 'whiteout') fs.rm('/' + wh.path, { recursive: true, force: true });
    else if (wh.dir !== '') clearDir(fs, '/' + wh.dir);
    else for (const name of fs.readdir('/')) fs.rm('/' + name, { recursive: true });
  }
  const dirTimes: [string, number][] = [];
  for (const e of content) {
    const path = '/' + e.path;
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true });
    const existing = lstatOrUndefined(fs, path);
    if (existing && !(existing === 'dir' && e.type === 'dir')) fs.rm(path, { recursive: true });
    switch (e.type) {
      case 'dir':
        if (!existing || existing !== 'dir') fs.mkdir(path);
        fs.chmod(path, e.mode);
        dirTimes.push([path, e.mtime * 1000]);
        break;
      case 'file':
        fs.writeFile(path, e.data ?? new Uint8Array(0), { mode: e.mode, declaredSize: e.declaredSize });
        break;
      case 'symlink':
        fs.symlink(e.linkname ?? '', path);
        break;
      case 'hardlink': {
        // MemFs has no shared inodes: a hard link becomes a copy of its target.
        const target = '/' + (e.linkname ?? '');
        const st = fs.lstat(target);
        const data = fs.readFile(target);
        fs.writeFile(path, data, {
          mode: st.mode,
          declaredSize: st.size !== data.length ? st.size : undefined,
        });
        break;
      }
    }
    fs.lchown(path, e.uid, e.gid);
    fs.lutimes(path, e.mtime * 1000);
  }
  // Adding children touched the directories' mtimes; put back the recorded ones, deepest first.
  for (const [path, mtime] of dirTimes.reverse()) fs.lutimes(path, mtime);
}

/** The root filesystem of a stack of layers, bottom first. */
export function snapshotFromLayers(tars: readonly Uint8Array[]): FsSnapshot {
  const fs = new MemFs();
  for (const tar of tars) applyLayerTar(fs, tar);
  return fs.snapshot();
}

/** Replaces a directory by a fresh, empty one with the same metadata (a new inode, as overlay's opaque dir). */
function clearDir(fs: MemFs, path: string): void {
  if (lstatOrUndefined(fs, path) !== 'dir') return;
  const st = fs.lstat(path);
  fs.rm(path, { recursive: true });
  fs.mkdir(path, { mode: st.mode, uid: st.uid, gid: st.gid });
  fs.lutimes(path, st.mtime);
}

function lstatOrUndefined(fs: MemFs, path: string): 'file' | 'dir' | 'symlink' | undefined {
  try {
    return fs.lstat(path).type;
  } catch {
    return undefined;
  }
}
