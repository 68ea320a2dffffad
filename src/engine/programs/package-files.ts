/**
 * What the package managers (apk, apt-get, pip) share: a package's files as
 * placeholders with their real sizes — executables name the program that runs for them
 * (`curl` runs the userland's curl; a program the simulator lacks says "not simulated
 * yet") — written into the container's filesystem, so the layer of a RUN step, and
 * `docker history`, carry the install's real weight. Also apt's size figures.
 */
import { dirname } from '../fs/path.ts';
import type { FileSystem } from '../fs/types.ts';
import { placeholderBinary } from '../process/types.ts';

/** `[path, size]` for data, `[path, size, program]` for an executable, `[path, 0, '->target']` for a symlink. */
export type PackageFile = readonly [path: string, size: number, program?: string];

/** Write a package's files; returns the paths written (for dpkg's .list, pip's RECORD). */
export function installFiles(fs: FileSystem, files: readonly PackageFile[], owner: { uid: number; gid: number } = { uid: 0, gid: 0 }): string[] {
  const written: string[] = [];
  for (const [path, size, program] of files) {
    fs.mkdir(dirname(path), { recursive: true });
    if (program?.startsWith('->')) {
      if (fs.exists(path)) fs.rm(path, { force: true });
      fs.symlink(program.slice(2), path);
    } else if (program !== undefined) fs.writeFile(path, placeholderBinary(program), { mode: 0o755, declaredSize: size, ...owner });
    else fs.writeFile(path, '', { mode: 0o644, declaredSize: size, ...owner });
    written.push(path);
  }
  return written;
}

/** Text written by a package manager (its database, an index), with the owner it runs as. */
export function writeText(fs: FileSystem, path: string, text: string): void {
  fs.mkdir(dirname(path), { recursive: true });
  fs.writeFile(path, text);
}

/** A placeholder file standing for a downloaded index or cache blob of `size` bytes. */
export function writeBlob(fs: FileSystem, path: string, size: number): void {
  fs.mkdir(dirname(path), { recursive: true });
  fs.writeFile(path, '', { declaredSize: size });
}

/** Sum of a package's file sizes. */
export function filesSize(files: readonly PackageFile[]): number {
  return files.reduce((total, [, size, program]) => total + (program?.startsWith('->') ? 0 : size), 0);
}

/** apt's SizeToStr in the C locale: `764 B`, `55.4 kB`, `151 kB`, `8792 kB`, `12.3 MB`. */
export function aptSize(bytes: number): string {
  let size = bytes;
  for (const unit of ['', 'k', 'M', 'G']) {
    if (size < 100 && unit !== '') return `${size.toFixed(1)} ${unit}B`;
    if (size < 10000) return `${size.toFixed(0)} ${unit}B`;
    size /= 1000;
  }
  return `${size.toFixed(0)} TB`;
}
