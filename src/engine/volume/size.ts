/**
 * A volume's size as `docker system df -v` reports it (moby pkg/directory.Size): the
 * sum of the sizes of the regular files under it — directories and symlinks count
 * nothing — and a placeholder file counts its declared size.
 */
import type { FileSystem } from '../fs/types.ts';

export function directorySize(fs: FileSystem, dir = '/'): number {
  let total = 0;
  for (const entry of fs.readdir(dir)) {
    const path = dir === '/' ? `/${entry}` : `${dir}/${entry}`;
    const stat = fs.lstat(path);
    if (stat.type === 'file') total += stat.size;
    else if (stat.type === 'dir') total += directorySize(fs, path);
  }
  return total;
}

/** True when the directory has no entries (the copy-up condition). */
export function isEmptyDir(fs: FileSystem, dir = '/'): boolean {
  return fs.readdir(dir).length === 0;
}
