/**
 * The filesystem contract every part of the engine works against: container root
 * filesystems (an overlay of image layers plus a writable layer), the build context,
 * the host directory of the learner's terminal. Synchronous, because it is all in memory.
 *
 * Paths are absolute POSIX paths; implementations normalise `.`/`..`/duplicate slashes
 * and follow symlinks where POSIX would (stat, readFile, writeFile, readdir) but not
 * where it would not (lstat, readlink, unlink, rename of the link itself).
 */
export type FileType = 'file' | 'dir' | 'symlink';

export interface Stat {
  type: FileType;
  /** Permission bits only, e.g. 0o755 (no file-type bits). */
  mode: number;
  uid: number;
  gid: number;
  /**
   * Size in bytes. For a file this is its declared size when it carries one (a
   * placeholder binary standing for a real 80 MB program) and its byte length otherwise.
   */
  size: number;
  /** Modification time, ms since the epoch (virtual clock). */
  mtime: number;
}

export type FsErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EINVAL'
  | 'ELOOP'
  | 'EROFS'
  | 'EXDEV'
  | 'EBUSY';

const messages: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  ELOOP: 'Symbolic link loop',
  EROFS: 'Read-only file system',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Resource busy',
};

/** A filesystem error with its errno code; `message` is the strerror text programs print. */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  constructor(code: FsErrorCode, path: string) {
    super(messages[code]);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
  }
}

export interface WriteOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  append?: boolean;
  /** Declared size for placeholder content (see Stat.size). */
  declaredSize?: number;
}

export interface FileSystem {
  stat(path: string): Stat;
  lstat(path: string): Stat;
  exists(path: string): boolean;
  readFile(path: string): Uint8Array;
  readText(path: string): string;
  /** Creates or replaces a file; the parent directory must exist. */
  writeFile(path: string, data: Uint8Array | string, options?: WriteOptions): void;
  mkdir(path: string, options?: { recursive?: boolean; mode?: number; uid?: number; gid?: number }): void;
  /** Entry names, sorted by code point (as `ls` shows them in the C locale). */
  readdir(path: string): string[];
  unlink(path: string): void;
  rmdir(path: string): void;
  /** `rm`: with recursive removes trees; with force ignores a missing path. */
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  utimes(path: string, mtime: number): void;
  /** The canonical path with every symlink resolved. */
  realpath(path: string): string;
}
