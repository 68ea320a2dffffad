/**
 * Docker's copy-up: when an empty volume is mounted over a path where the image has
 * content, the image's files are copied into the volume first (moby
 * container.CopyImagePathContent), with their modes, owners and times, and the volume
 * root takes the ownership and mode of the image directory. A volume that already
 * holds anything is left alone — that is how data survives a new container.
 */
import { MemFs } from '../fs/memfs.ts';
import type { FsSnapshot } from '../fs/node.ts';
import type { FileSystem } from '../fs/types.ts';
import { isEmptyDir } from './size.ts';
import type { Volume } from './volume.ts';

/**
 * Copies the image's `path` into `volume` if the volume is empty and the image has a
 * directory there. Returns whether it copied.
 * @example populateFromImage(vol, image.rootfs, '/var/lib/mysql')
 */
export function populateFromImage(volume: Volume, image: FsSnapshot | FileSystem, path: string): boolean {
  const source: FileSystem = 'root' in image ? MemFs.from(image) : image;
  if (!isEmptyDir(volume.fs)) return false;
  if (!source.exists(path) || source.stat(path).type !== 'dir') return false;
  const dir = source.realpath(path);
  if (source.readdir(dir).length === 0) return false;
  copyTree(source, dir, volume.fs, '/');
  const root = source.stat(dir);
  volume.fs.chown('/', root.uid, root.gid);
  volume.fs.chmod('/', root.mode);
  return true;
}

function copyTree(from: FileSystem, fromDir: string, to: MemFs, toDir: string): void {
  for (const name of from.readdir(fromDir)) {
    const src = fromDir === '/' ? `/${name}` : `${fromDir}/${name}`;
    const dst = toDir === '/' ? `/${name}` : `${toDir}/${name}`;
    const stat = from.lstat(src);
    if (stat.type === 'dir') {
      to.mkdir(dst, { mode: stat.mode, uid: stat.uid, gid: stat.gid });
      copyTree(from, src, to, dst);
    } else if (stat.type === 'symlink') {
      to.symlink(from.readlink(src), dst);
      to.lchown(dst, stat.uid, stat.gid);
    } else {
      const data = from.readFile(src);
      const declaredSize = stat.size !== data.length ? stat.size : undefined;
      to.writeFile(dst, data, { mode: stat.mode, uid: stat.uid, gid: stat.gid, declaredSize });
    }
    // Times last: writing into a directory would move its mtime again.
    to.lutimes(dst, stat.mtime);
  }
}
