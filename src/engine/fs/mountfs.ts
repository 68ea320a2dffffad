/**
 * A container's view of its filesystems: the root filesystem with volumes and bind
 * mounts grafted at paths (`-v data:/var/lib/data`, `-v ./src:/app:ro`). Every call
 * is routed to the filesystem mounted at the longest matching prefix. Symlinks are
 * resolved here, one component at a time, so a link in one filesystem can lead into
 * another. Writes under a read-only mount fail with EROFS, a rename across mounts with
 * EXDEV, removing or renaming a mount point with EBUSY — as Linux answers them.
 */
import { rawComponents } from './path.ts';
import { FsError } from './types.ts';
import type { FileSystem, Stat, WriteOptions } from './types.ts';
import { byCodePoint } from './walk.ts';

export interface Mount {
  /** Absolute path of the mount point in the container. */
  path: string;
  fs: FileSystem;
  /** The directory of `fs` that appears at `path` (a bind mount of a host subdirectory); default `/`. */
  source?: string;
  readOnly?: boolean;
}

interface Route {
  fs: FileSystem;
  /** The path inside the mounted filesystem. */
  inner: string;
  readOnly: boolean;
  /** True when the path is the mount point itself. */
  isMountPoint: boolean;
}

const MAX_SYMLINKS = 40;

export class MountFs implements FileSystem {
  private readonly mounts: Required<Mount>[];

  constructor(
    private readonly root: FileSystem,
    mounts: Mount[] = [],
  ) {
    const canonical = (p: string) => '/' + rawComponents(p).join('/');
    // Longest first, so the deepest mount wins.
    this.mounts = mounts
      .map((m) => ({
        path: canonical(m.path),
        fs: m.fs,
        source: canonical(m.source ?? '/'),
        readOnly: m.readOnly ?? false,
      }))
      .sort((a, b) => b.path.length - a.path.length);
  }

  stat(path: string): Stat {
    const r = this.route(this.resolve(path, true));
    return r.fs.stat(r.inner);
  }

  lstat(path: string): Stat {
    const r = this.route(this.resolve(path, false));
    return r.fs.lstat(r.inner);
  }

  exists(path: string): boolean {
    try {
      this.stat(path);
      return true;
    } catch (e) {
      if (e instanceof FsError) return false;
      throw e;
    }
  }

  readFile(path: string): Uint8Array {
    const r = this.route(this.resolve(path, true));
    return r.fs.readFile(r.inner);
  }

  readText(path: string): string {
    const r = this.route(this.resolve(path, true));
    return r.fs.readText(r.inner);
  }

  readdir(path: string): string[] {
    const dir = this.resolve(path, true);
    const r = this.route(dir);
    const names = new Set(r.fs.readdir(r.inner));
    // Mount points show even where the filesystem below has no directory for them.
    for (const m of this.mounts) {
      const slash = m.path.lastIndexOf('/');
      if ((m.path.slice(0, slash) || '/') === dir && m.path !== '/') names.add(m.path.slice(slash + 1));
    }
    return [...names].sort(byCodePoint);
  }

  readlink(path: string): string {
    const r = this.route(this.resolve(path, false));
    return r.fs.readlink(r.inner);
  }

  realpath(path: string): string {
    const p = this.resolve(path, true);
    this.stat(p);
    return p;
  }

  writeFile(path: string, data: Uint8Array | string, options?: WriteOptions): void {
    const r = this.writable(this.resolve(path, true));
    r.fs.writeFile(r.inner, data, options);
  }

  mkdir(
    path: string,
    options: { recursive?: boolean; mode?: number; uid?: number; gid?: number } = {},
  ): void {
    if (!options.recursive) {
      const r = this.writable(this.resolve(path, false));
      r.fs.mkdir(r.inner, options);
      return;
    }
    const parts = rawComponents(path);
    for (let i = 1; i <= parts.length; i++) {
      const prefix = '/' + parts.slice(0, i).join('/');
      if (!this.exists(prefix)) this.mkdir(prefix, { ...options, recursive: false });
      else if (this.stat(prefix).type !== 'dir')
        throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', prefix);
    }
  }

  symlink(target: string, path: string): void {
    const r = this.writable(this.resolve(path, false));
    r.fs.symlink(target, r.inner);
  }

  unlink(path: string): void {
    const r = this.removable(path);
    r.fs.unlink(r.inner);
  }

  rmdir(path: string): void {
    const r = this.removable(path);
    r.fs.rmdir(r.inner);
  }

  rm(path: string, options: { recursive?: boolean; force?: boolean } = {}): void {
    let r: Route;
    try {
      r = this.removable(path);
    } catch (e) {
      if (options.force && e instanceof FsError && e.code === 'ENOENT') return;
      throw e;
    }
    r.fs.rm(r.inner, options);
  }

  rename(from: string, to: string): void {
    const src = this.removable(from);
    const dst = this.writable(this.resolve(to, false));
    if (dst.isMountPoint) throw new FsError('EBUSY', to);
    if (src.fs !== dst.fs) throw new FsError('EXDEV', to);
    src.fs.rename(src.inner, dst.inner);
  }

  chmod(path: string, mode: number): void {
    const r = this.writable(this.resolve(path, true));
    r.fs.chmod(r.inner, mode);
  }

  chown(path: string, uid: number, gid: number): void {
    const r = this.writable(this.resolve(path, true));
    r.fs.chown(r.inner, uid, gid);
  }

  utimes(path: string, mtime: number): void {
    const r = this.writable(this.resolve(path, true));
    r.fs.utimes(r.inner, mtime);
  }

  /** The filesystem and inner path for a canonical path (no symlinks left in it). */
  private route(canonical: string): Route {
    for (const m of this.mounts) {
      if (m.path === '/' || canonical === m.path || canonical.startsWith(m.path + '/')) {
        const rest = m.path === '/' ? canonical : canonical.slice(m.path.length);
        const inner = m.source === '/' ? rest || '/' : m.source + (rest === '/' ? '' : rest);
        return { fs: m.fs, inner, readOnly: m.readOnly, isMountPoint: canonical === m.path };
      }
    }
    return { fs: this.root, inner: canonical, readOnly: false, isMountPoint: canonical === '/' };
  }

  private writable(canonical: string): Route {
    const r = this.route(canonical);
    if (r.readOnly) throw new FsError('EROFS', canonical);
    return r;
  }

  private removable(path: string): Route {
    const canonical = this.resolve(path, false);
    const r = this.writable(canonical);
    if (r.isMountPoint) throw new FsError('EBUSY', path);
    r.fs.lstat(r.inner);
    return r;
  }

  /**
   * The canonical path, resolving symlinks component by component across mounts;
   * the last component is followed only with `followLast` and may be missing.
   */
  private resolve(path: string, followLast: boolean): string {
    let queue = rawComponents(path);
    let out: string[] = [];
    let links = 0;
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (name === '..') {
        out = out.slice(0, -1);
        continue;
      }
      const candidate = '/' + [...out, name].join('/');
      const last = queue.length === 0;
      const r = this.route(candidate);
      let st: Stat | undefined;
      try {
        st = r.fs.lstat(r.inner);
      } catch (e) {
        if (!(e instanceof FsError && e.code === 'ENOENT') || !last) throw e;
      }
      if (st?.type === 'symlink' && (!last || followLast)) {
        if (++links > MAX_SYMLINKS) throw new FsError('ELOOP', path);
        const target = r.fs.readlink(r.inner);
        if (target.startsWith('/')) out = [];
        queue = [...rawComponents(target), ...queue];
        continue;
      }
      if (!last && st && st.type !== 'dir') throw new FsError('ENOTDIR', path);
      out = [...out, name];
    }
    return '/' + out.join('/');
  }
}
