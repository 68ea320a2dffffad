/**
 * The host half of `require('fs')`: the container's filesystem as the sandbox sees it.
 * Relative paths resolve against the process's cwd; file contents cross as latin1
 * strings (one char per byte); failures become node's errors (`ENOENT: no such file or
 * directory, open '/app/x'` with code, errno, syscall and path).
 */
import { FsError, type FileSystem } from '../../fs/types.ts';
import { HostError, type HostOp } from './sandbox.ts';

const errnos: Record<string, [number, string]> = {
  ENOENT: [-2, 'no such file or directory'],
  EEXIST: [-17, 'file already exists'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  ENOTEMPTY: [-39, 'directory not empty'],
  EACCES: [-13, 'permission denied'],
  EROFS: [-30, 'read-only file system'],
  EINVAL: [-22, 'invalid argument'],
  ELOOP: [-40, 'too many symbolic links encountered'],
  EXDEV: [-18, 'cross-device link not permitted'],
  EBUSY: [-16, 'resource busy or locked'],
};

function nodeError(e: unknown, syscall: string, path: string): unknown {
  if (!(e instanceof FsError)) return e;
  const [errno, text] = errnos[e.code] ?? [-5, e.message];
  return new HostError(`${e.code}: ${text}, ${syscall} '${path}'`, { errno, code: e.code, syscall, path });
}

export function toBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

export function fromBinary(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 255;
  return bytes;
}

export function fsOps(fs: FileSystem, cwd: () => string): Record<string, HostOp> {
  const abs = (p: unknown): string => {
    const path = String(p);
    return path.startsWith('/') ? path : `${cwd() === '/' ? '' : cwd()}/${path}`;
  };
  const guarded =
    <A extends unknown[]>(syscall: string, fn: (path: string, ...rest: A) => ReturnType<HostOp>): HostOp =>
    (path: unknown, ...rest: unknown[]) => {
      try {
        return fn(abs(path), ...(rest as A));
      } catch (e) {
        throw nodeError(e, syscall, String(path));
      }
    };
  return {
    'fs.read': guarded('open', (path) => {
      if (fs.stat(path).type === 'dir') throw new FsError('EISDIR', path);
      return toBinary(fs.readFile(path));
    }),
    'fs.write': guarded('open', (path, data: unknown, append: unknown) => {
      fs.writeFile(path, fromBinary(String(data)), { append: append === true });
    }),
    'fs.exists': (path) => fs.exists(abs(path)),
    'fs.kind': (path) => {
      try {
        const type = fs.stat(abs(path)).type;
        return type === 'symlink' ? 'file' : type;
      } catch {
        return '';
      }
    },
    'fs.readdir': guarded('scandir', (path) => JSON.stringify(fs.readdir(path).map((name) => ({ name, type: fs.lstat(`${path}/${name}`).type })))),
    'fs.mkdir': guarded('mkdir', (path, recursive: unknown) => {
      if (recursive === true && fs.exists(path)) return undefined;
      fs.mkdir(path, { recursive: recursive === true });
      return recursive === true ? path : undefined;
    }),
    'fs.stat': guarded('stat', (path, follow: unknown) => {
      const s = follow === false ? fs.lstat(path) : fs.stat(path);
      return JSON.stringify({ type: s.type, mode: s.mode | (s.type === 'dir' ? 0o40000 : 0o100000), uid: s.uid, gid: s.gid, size: s.size, mtimeMs: s.mtime, atimeMs: s.mtime, ctimeMs: s.mtime, birthtimeMs: s.mtime, dev: 2049, ino: 0, nlink: 1, blksize: 4096, blocks: Math.ceil(s.size / 512) });
    }),
    'fs.unlink': guarded('unlink', (path) => fs.unlink(path)),
    'fs.rm': guarded('rm', (path, recursive: unknown, force: unknown) => fs.rm(path, { recursive: recursive === true, force: force === true })),
    'fs.rename': guarded('rename', (path, to: unknown) => fs.rename(path, abs(to))),
    'fs.realpath': guarded('realpath', (path) => fs.realpath(path)),
  };
}
