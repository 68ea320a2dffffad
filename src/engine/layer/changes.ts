/**
 * From filesystem changes to layer tars: what an image layer holds is the difference
 * between the root filesystem before and after a build step (or a `docker commit`),
 * written as overlay2's diff driver writes it — every added or changed file, directory
 * and symlink, the directories on the way to them, a `.wh.<name>` whiteout for each
 * deletion and a `.wh..wh..opq` marker in a directory that was replaced wholesale.
 * Applying layers (the other direction) lives in apply.ts and is re-exported here.
 */
import type { DirNode, FsSnapshot, Node } from '../fs/node.ts';
import { readTar, writeTar } from './tar.ts';
import type { TarEntry } from './tar.ts';
import { OPAQUE_MARKER, WHITEOUT_PREFIX } from './whiteout.ts';

export { applyLayerTar, snapshotFromLayers } from './apply.ts';

/** @example layerTarFromDiff(before, after) — the bytes whose sha256 is the new layer's DiffID */
export function layerTarFromDiff(lower: FsSnapshot, upper: FsSnapshot): Uint8Array {
  return writeTar(layerEntriesFromDiff(lower, upper));
}

/** The entries of the layer between two snapshots, parents before children. */
export function layerEntriesFromDiff(lower: FsSnapshot, upper: FsSnapshot): TarEntry[] {
  const out: TarEntry[] = [];
  diffDir(lower.root, upper.root, '', out);
  return out;
}

/** A base layer holding a whole tree (`FROM scratch` + `ADD rootfs.tar`, `docker export`). */
export function tarFromTree(snapshot: FsSnapshot): Uint8Array {
  const out: TarEntry[] = [];
  for (const [name, child] of sorted(snapshot.root)) addTree(child, name, out);
  return writeTar(out);
}

/**
 * The size `docker history` and `docker images` report for a layer: the regular files
 * it holds, counted at their declared sizes (whiteouts are empty).
 */
export function layerSize(tar: Uint8Array): number {
  let size = 0;
  for (const e of readTar(tar)) if (e.type === 'file') size += e.declaredSize ?? e.data?.length ?? 0;
  return size;
}

/** Appends the changes under a directory present on both sides, its own entry first if any. */
function diffDir(lower: DirNode, upper: DirNode, path: string, out: TarEntry[]): void {
  if (lower === upper) return;
  const groups: { name: string; entries: TarEntry[] }[] = [];
  for (const name of lower.entries.keys()) {
    if (!upper.entries.has(name)) {
      const entry = marker(join(path, WHITEOUT_PREFIX + name), upper, 0o600);
      groups.push({ name: WHITEOUT_PREFIX + name, entries: [{ ...entry, uid: 0, gid: 0 }] });
    }
  }
  for (const [name, node] of upper.entries) {
    const old = lower.entries.get(name);
    if (old === node) continue;
    const entries: TarEntry[] = [];
    const childPath = join(path, name);
    if (old?.type === 'dir' && node.type === 'dir' && old.ino === node.ino) {
      diffDir(old, node, childPath, entries);
    } else if (old?.type === 'dir' && node.type === 'dir') {
      // Replaced wholesale (rm -rf then mkdir, or a directory renamed over it).
      entries.push(entryOf(node, childPath), marker(join(childPath, OPAQUE_MARKER), node, node.mode));
      for (const [n, child] of sorted(node)) addTree(child, join(childPath, n), entries);
    } else {
      addTree(node, childPath, entries);
    }
    if (entries.length > 0) groups.push({ name, entries });
  }
  const metaChanged = lower.mode !== upper.mode || lower.uid !== upper.uid || lower.gid !== upper.gid;
  if (groups.length === 0 && !metaChanged) return;
  if (path !== '') out.push(entryOf(upper, path));
  groups.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const g of groups) out.push(...g.entries);
}

function addTree(node: Node, path: string, out: TarEntry[]): void {
  out.push(entryOf(node, path));
  if (node.type === 'dir') for (const [name, child] of sorted(node)) addTree(child, join(path, name), out);
}

/** The tar entry for one node (tar keeps whole seconds). */
export function entryOf(node: Node, path: string): TarEntry {
  const entry: TarEntry = {
    path,
    type: node.type,
    mode: node.mode,
    uid: node.uid,
    gid: node.gid,
    mtime: Math.floor(node.mtime / 1000),
  };
  if (node.type === 'file') {
    entry.data = node.data;
    if (node.declaredSize !== undefined) entry.declaredSize = node.declaredSize;
  }
  if (node.type === 'symlink') entry.linkname = node.target;
  return entry;
}

/** A whiteout or opaque marker: an empty regular file, timed like its directory. */
function marker(path: string, dir: DirNode, mode: number): TarEntry {
  return {
    path,
    type: 'file',
    mode,
    uid: dir.uid,
    gid: dir.gid,
    mtime: Math.floor(dir.mtime / 1000),
    data: new Uint8Array(0),
  };
}

function sorted(dir: DirNode): [string, Node][] {
  return [...dir.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}
