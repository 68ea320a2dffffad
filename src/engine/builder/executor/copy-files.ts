/**
 * Writing COPY/ADD sources into a step's filesystem (moby copy.go performCopy): a
 * directory copies its contents, a file lands at the destination or inside it when the
 * destination ends in `/` or is a directory; several sources need a `/`-terminated
 * destination. Mode and mtime are kept; ownership is root unless `--chown` (or, for
 * `--from`, the source's own). ADD unpacks local tar archives.
 */
import { invalidParameter } from '../../errdefs.ts';
import type { MemFs } from '../../fs/memfs.ts';
import { join, normalize } from '../../fs/path.ts';
import type { FileSystem } from '../../fs/types.ts';
import { gunzipSync } from 'fflate';
import { readTar } from '../../layer/tar.ts';
import type { CopySource } from './copy-sources.ts';

export interface CopyOptions {
  /** Fixed owner (`--chown` or root); undefined keeps the source's owner. */
  owner?: { uid: number; gid: number };
  /** ADD: unpack tar archives. */
  unpack: boolean;
  instruction: 'COPY' | 'ADD';
}

function ensureDir(dst: MemFs, path: string): void {
  if (!dst.exists(path)) dst.mkdir(path, { recursive: true });
}

function copyNode(src: FileSystem, from: string, dst: MemFs, to: string, options: CopyOptions): void {
  const st = src.lstat(from);
  const uid = options.owner?.uid ?? st.uid;
  const gid = options.owner?.gid ?? st.gid;
  if (st.type === 'dir') {
    if (!dst.exists(to)) dst.mkdir(to, { mode: st.mode, uid, gid });
    else if (options.owner) dst.chown(to, uid, gid);
    for (const name of [...src.readdir(from)].sort()) copyNode(src, join(from, name), dst, join(to, name), options);
    dst.utimes(to, st.mtime);
    return;
  }
  if (dst.exists(to) && dst.lstat(to).type === 'dir') dst.rm(to, { recursive: true });
  if (st.type === 'symlink') {
    if (dst.exists(to) || isLink(dst, to)) dst.unlink(to);
    dst.symlink(src.readlink(from), to);
    dst.lchown(to, uid, gid);
    return;
  }
  const data = src.readFile(from);
  dst.writeFile(to, data, { mode: st.mode, uid, gid, declaredSize: st.size !== data.length ? st.size : undefined });
  dst.chmod(to, st.mode);
  dst.chown(to, uid, gid);
  dst.utimes(to, st.mtime);
}

function isLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}

/** ADD unpacks plain and gzip-compressed tar archives (bzip2/xz are not simulated: copied as files). */
function tryUnpack(src: FileSystem, from: string, dst: MemFs, dir: string): boolean {
  let entries;
  try {
    const bytes = src.readFile(from);
    entries = readTar(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  } catch {
    return false;
  }
  if (entries.length === 0) return false;
  ensureDir(dst, dir);
  for (const e of entries) {
    const path = normalize(`${dir}/${e.path}`);
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    ensureDir(dst, parent);
    if (e.type === 'dir') ensureDir(dst, path);
    else if (e.type === 'symlink') dst.symlink(e.linkname ?? '', path);
    else dst.writeFile(path, e.data ?? new Uint8Array(0), { mode: e.mode, uid: e.uid, gid: e.gid, declaredSize: e.declaredSize });
  }
  return true;
}

/** Copy the sources to `dest` (absolute, trailing `/` kept) in `dst`. */
export function copySources(src: FileSystem, sources: readonly CopySource[], dst: MemFs, dest: string, options: CopyOptions): void {
  const destIsDir = dest.endsWith('/') || dest.endsWith('/.');
  if (sources.length > 1 && !destIsDir) {
    throw invalidParameter(`When using ${options.instruction} with more than one source file, the destination must be a directory and end with a /`);
  }
  const target = normalize(dest);
  for (const source of sources) {
    if (source.type === 'dir') {
      ensureDir(dst, target);
      for (const name of [...src.readdir(source.path)].sort()) copyNode(src, join(source.path, name), dst, join(target, name), options);
      continue;
    }
    const intoDir = destIsDir || (dst.exists(target) && dst.stat(target).type === 'dir');
    if (options.unpack && source.type === 'file' && tryUnpack(src, source.path, dst, target)) continue;
    const to = intoDir ? join(target, source.path.slice(source.path.lastIndexOf('/') + 1)) : target;
    ensureDir(dst, to.slice(0, to.lastIndexOf('/')) || '/');
    copyNode(src, source.path, dst, to, options);
  }
}
