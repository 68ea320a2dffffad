/**
 * MemFs: the in-memory POSIX filesystem every container root, build context and host
 * directory is made of. Its tree is persistent (see node.ts): `snapshot()` is O(1) and
 * later writes never reach a snapshot; `MemFs.from(snapshot)` starts a writable
 * filesystem over one, sharing every untouched subtree. Errors are FsErrors with the
 * errno a Linux kernel would give. There are no permission checks: processes run as root.
 */
import type { Clock } from '../util/clock.ts';
import { toBytes } from '../util/digest.ts';
import { FsError } from './types.ts';
import type { FileSystem, Stat, WriteOptions } from './types.ts';
import { newDir, newFile, newSymlink, nextGen, own, statOf } from './node.ts';
import type { DirNode, FsSnapshot, Node, NodeMeta } from './node.ts';
import { rawComponents } from './path.ts';
import { byCodePoint, canonical, walk } from './walk.ts';
import type { Resolved } from './walk.ts';

export type { FsSnapshot } from './node.ts';

export interface MemFsOptions {
  clock?: Clock;
  /** Start over this snapshot instead of an empty root. */
  snapshot?: FsSnapshot;
}

const zeroClock: Clock = { now: () => 0 };
const decoder = new TextDecoder();

export class MemFs implements FileSystem {
  private root: DirNode;
  private gen = nextGen();
  private readonly clock: Clock;

  constructor(init: MemFsOptions | FsSnapshot = {}) {
    const options: MemFsOptions = 'root' in init ? { snapshot: init } : init;
    this.clock = options.clock ?? zeroClock;
    this.root =
      options.snapshot?.root ?? newDir({ mode: 0o755, uid: 0, gid: 0, mtime: this.clock.now() }, this.gen);
  }

  /** A new writable filesystem over a snapshot (which it never changes). */
  static from(snapshot: FsSnapshot, options: { clock?: Clock } = {}): MemFs {
    return new MemFs({ ...options, snapshot });
  }

  /** Freezes the current tree and returns it; O(1). */
  snapshot(): FsSnapshot {
    this.gen = nextGen();
    return { root: this.root };
  }

  // ---- reading ----

  stat(path: string): Stat {
    return statOf(this.existing(path, true));
  }

  lstat(path: string): Stat {
    return statOf(this.existing(path, false));
  }

  exists(path: string): boolean {
    try {
      return walk(this.root, path, true).node !== undefined;
    } catch (e) {
      if (e instanceof FsError) return false;
      throw e;
    }
  }

  readFile(path: string): Uint8Array {
    const node = this.existing(path, true);
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    return (node as { data: Uint8Array }).data.slice();
  }

  readText(path: string): string {
    return decoder.decode(this.readFile(path));
  }

  readdir(path: string): string[] {
    const node = this.existing(path, true);
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    return [...node.entries.keys()].sort(byCodePoint);
  }

  readlink(path: string): string {
    const node = this.existing(path, false);
    if (node.type !== 'symlink') throw new FsError('EINVAL', path);
    return node.target;
  }

  realpath(path: string): string {
    const r = walk(this.root, path, true);
    if (!r.node) throw new FsError('ENOENT', path);
    return canonical(r);
  }

  // ---- writing ----

  writeFile(path: string, data: Uint8Array | string, options: WriteOptions = {}): void {
    const r = walk(this.root, path, true);
    if (r.name === undefined || r.node?.type === 'dir') throw new FsError('EISDIR', path);
    const old = r.node?.type === 'file' ? r.node : undefined;
    let bytes: Uint8Array = toBytes(data).slice();
    let declaredSize = options.declaredSize;
    if (options.append && old) {
      bytes = concat(old.data, bytes);
      if (declaredSize === undefined && old.declaredSize !== undefined)
        declaredSize = old.declaredSize + bytes.length - old.data.length;
    }
    const meta: NodeMeta = {
      mode: options.mode ?? old?.mode ?? 0o644,
      uid: options.uid ?? old?.uid ?? 0,
      gid: options.gid ?? old?.gid ?? 0,
      mtime: this.clock.now(),
    };
    // Rewriting keeps the inode, as open(O_TRUNC) does; creating gets a new one.
    const node = old
      ? { ...newFile(bytes, meta, this.gen, declaredSize), ino: old.ino }
      : newFile(bytes, meta, this.gen, declaredSize);
    this.put(r, node, !old);
  }

  mkdir(
    path: string,
    options: { recursive?: boolean; mode?: number; uid?: number; gid?: number } = {},
  ): void {
    const meta = (): NodeMeta => ({
      mode: options.mode ?? 0o755,
      uid: options.uid ?? 0,
      gid: options.gid ?? 0,
      mtime: this.clock.now(),
    });
    if (!options.recursive) {
      const r = walk(this.root, path, false);
      if (r.node || r.name === undefined) throw new FsError('EEXIST', path);
      this.put(r, newDir(meta(), this.gen), true);
      return;
    }
    const parts = rawComponents(path);
    for (let i = 1; i <= parts.length; i++) {
      const prefix = '/' + parts.slice(0, i).join('/');
      const r = walk(this.root, prefix, true);
      if (!r.node) this.put(r, newDir(meta(), this.gen), true);
      else if (r.node.type !== 'dir') throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', prefix);
    }
  }

  symlink(target: string, path: string): void {
    const r = walk(this.root, path, false);
    if (r.node || r.name === undefined) throw new FsError('EEXIST', path);
    this.put(r, newSymlink(target, { mode: 0o777, uid: 0, gid: 0, mtime: this.clock.now() }, this.gen), true);
  }

  unlink(path: string): void {
    const r = walk(this.root, path, false);
    if (!r.node) throw new FsError('ENOENT', path);
    if (r.node.type === 'dir') throw new FsError('EISDIR', path);
    this.remove(r);
  }

  rmdir(path: string): void {
    const r = walk(this.root, path, false);
    if (!r.node) throw new FsError('ENOENT', path);
    if (r.node.type !== 'dir') throw new FsError('ENOTDIR', path);
    if (r.node.entries.size > 0) throw new FsError('ENOTEMPTY', path);
    this.remove(r);
  }

  rm(path: string, options: { recursive?: boolean; force?: boolean } = {}): void {
    let r: Resolved;
    try {
      r = walk(this.root, path, false);
    } catch (e) {
      if (options.force && e instanceof FsError && e.code === 'ENOENT') return;
      throw e;
    }
    if (!r.node) {
      if (options.force) return;
      throw new FsError('ENOENT', path);
    }
    if (r.node.type === 'dir' && !options.recursive) throw new FsError('EISDIR', path);
    this.remove(r);
  }

  rename(from: string, to: string): void {
    const src = walk(this.root, from, false);
    if (!src.node) throw new FsError('ENOENT', from);
    if (src.name === undefined) throw new FsError('EINVAL', from);
    const dst = walk(this.root, to, false);
    if (dst.name === undefined) throw new FsError('EINVAL', to);
    if (dst.node === src.node) return;
    const srcPath = canonical(src);
    const dstPath = canonical(dst);
    if (src.node.type === 'dir' && dstPath.startsWith(srcPath + '/')) throw new FsError('EINVAL', to);
    if (dst.node) {
      if (src.node.type === 'dir' && dst.node.type !== 'dir') throw new FsError('ENOTDIR', to);
      if (src.node.type !== 'dir' && dst.node.type === 'dir') throw new FsError('EISDIR', to);
      if (dst.node.type === 'dir' && dst.node.entries.size > 0) throw new FsError('ENOTEMPTY', to);
    }
    const node = src.node;
    this.remove(src);
    this.put(dst, node, true);
  }

  chmod(path: string, mode: number): void {
    this.update(path, (n) => (n.mode = mode & 0o7777));
  }

  chown(path: string, uid: number, gid: number): void {
    this.update(path, (n) => {
      n.uid = uid;
      n.gid = gid;
    });
  }

  utimes(path: string, mtime: number): void {
    this.update(path, (n) => (n.mtime = mtime));
  }

  /** chown of a symlink itself (not followed), as lchown(2); layer extraction needs it. */
  lchown(path: string, uid: number, gid: number): void {
    this.update(
      path,
      (n) => {
        n.uid = uid;
        n.gid = gid;
      },
      false,
    );
  }

  /** utimes of a symlink itself (not followed), as lutimes(3). */
  lutimes(path: string, mtime: number): void {
    this.update(path, (n) => (n.mtime = mtime), false);
  }

  // ---- internals ----

  private existing(path: string, followLast: boolean): Node {
    const r = walk(this.root, path, followLast);
    if (!r.node) throw new FsError('ENOENT', path);
    return r.node;
  }

  /** The directory at canonical `parts`, made owned along with every ancestor. */
  private ownedDir(parts: string[]): DirNode {
    this.root = own(this.root, this.gen);
    let dir = this.root;
    for (const name of parts) {
      const child = own(dir.entries.get(name) as DirNode, this.gen);
      dir.entries.set(name, child);
      dir = child;
    }
    return dir;
  }

  private put(r: Resolved, node: Node, touchParent: boolean): void {
    const dir = this.ownedDir(r.parent);
    dir.entries.set(r.name!, node);
    if (touchParent) dir.mtime = this.clock.now();
  }

  private remove(r: Resolved): void {
    if (r.name === undefined) throw new FsError('EINVAL', '/');
    const dir = this.ownedDir(r.parent);
    dir.entries.delete(r.name!);
    dir.mtime = this.clock.now();
  }

  private update(path: string, change: (node: Node) => void, followLast = true): void {
    const r = walk(this.root, path, followLast);
    if (!r.node) throw new FsError('ENOENT', path);
    if (r.name === undefined) {
      this.root = own(this.root, this.gen);
      change(this.root);
      return;
    }
    const node = own(r.node, this.gen);
    change(node);
    this.ownedDir(r.parent).entries.set(r.name, node);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
