/**
 * What changed between two snapshots, as `docker diff` lists it. Identity is the
 * test of change, as a copy-up is in overlayfs: a node that is not the very same
 * object was written (even with identical bytes) and counts as changed; an identical
 * subtree is skipped without looking inside, so diffing a container is proportional
 * to what it touched. Directories that contain a change are listed as changed, as
 * moby's archive.Changes does "to properly save and restore filesystem permissions".
 */
import type { DirNode, FsSnapshot, Node } from './node.ts';

export type ChangeKind = 'A' | 'C' | 'D';

export interface Change {
  /** Absolute path. */
  path: string;
  kind: ChangeKind;
}

/** @example diffSnapshots(image, container) → [{ path: '/tmp', kind: 'C' }, { path: '/tmp/x', kind: 'A' }] */
export function diffSnapshots(lower: FsSnapshot, upper: FsSnapshot): Change[] {
  const out: Change[] = [];
  diffDir(lower.root, upper.root, '', out);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Appends the changes beneath a directory present on both sides; true when there are any. */
function diffDir(lower: DirNode, upper: DirNode, prefix: string, out: Change[]): boolean {
  if (lower === upper) return false;
  const before = out.length;
  for (const name of lower.entries.keys()) {
    if (!upper.entries.has(name)) out.push({ path: `${prefix}/${name}`, kind: 'D' });
  }
  for (const [name, node] of upper.entries) {
    const path = `${prefix}/${name}`;
    const old = lower.entries.get(name);
    if (!old) {
      addTree(node, path, out);
    } else if (old !== node) {
      diffNode(old, node, path, out);
    }
  }
  return out.length > before;
}

function diffNode(old: Node, node: Node, path: string, out: Change[]): void {
  if (old.type === 'dir' && node.type === 'dir') {
    const metaChanged = old.mode !== node.mode || old.uid !== node.uid || old.gid !== node.gid;
    // A directory's own mtime changes whenever an entry does; like moby, ignore it.
    if (diffDir(old, node, path, out) || metaChanged) out.push({ path, kind: 'C' });
    return;
  }
  out.push({ path, kind: 'C' });
  if (node.type === 'dir') for (const [name, child] of node.entries) addTree(child, `${path}/${name}`, out);
}

function addTree(node: Node, path: string, out: Change[]): void {
  out.push({ path, kind: 'A' });
  if (node.type === 'dir') for (const [name, child] of node.entries) addTree(child, `${path}/${name}`, out);
}

/** Whether two nodes hold the same content and metadata, whatever their identity (tests, dedup). */
export function sameContent(a: Node, b: Node): boolean {
  if (a === b) return true;
  if (a.type !== b.type || a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid) return false;
  if (a.type === 'symlink') return a.target === (b as typeof a).target;
  if (a.type === 'file') {
    const f = b as typeof a;
    if (a.declaredSize !== f.declaredSize || a.data.length !== f.data.length) return false;
    return a.data.every((byte, i) => byte === f.data[i]);
  }
  const d = b as DirNode;
  if (a.entries.size !== d.entries.size) return false;
  for (const [name, child] of a.entries) {
    const other = d.entries.get(name);
    if (!other || !sameContent(child, other)) return false;
  }
  return true;
}
