/**
 * The node tree behind MemFs, and what a snapshot of it is. Nodes are persistent:
 * once a snapshot can see a node, nobody changes it. A filesystem may mutate in place
 * only the nodes it created since its last snapshot (those stamped with its current
 * generation), so a write costs a path copy at most once per snapshot, and untouched
 * subtrees stay the very same objects — which is what makes diffs cheap.
 */
import type { Stat } from './types.ts';

interface NodeBase {
  /** Permission bits only. */
  mode: number;
  uid: number;
  gid: number;
  /** ms since the epoch, virtual clock. */
  mtime: number;
  /**
   * Identity of the file across copy-on-write clones (an inode number): a clone keeps
   * it, a newly created node gets a fresh one. A directory whose ino differs from the
   * lower one was replaced wholesale, which a layer records as an opaque directory.
   */
  readonly ino: number;
  /** The generation that owns this node; only its owner may mutate it. */
  gen: number;
}

export interface FileNode extends NodeBase {
  type: 'file';
  data: Uint8Array;
  /** The size a placeholder stands for (Stat.size reports it instead of data.length). */
  declaredSize?: number;
}

export interface DirNode extends NodeBase {
  type: 'dir';
  entries: Map<string, Node>;
}

export interface SymlinkNode extends NodeBase {
  type: 'symlink';
  target: string;
}

export type Node = FileNode | DirNode | SymlinkNode;

/** An immutable view of a whole filesystem tree; taking one is O(1). */
export interface FsSnapshot {
  readonly root: DirNode;
}

// Process-wide counters: only equality of these numbers matters, never their value,
// so they keep the engine deterministic in everything it shows.
let lastGen = 0;
let lastIno = 0;

export function nextGen(): number {
  return ++lastGen;
}

export function nextIno(): number {
  return ++lastIno;
}

export interface NodeMeta {
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
}

export function newDir(meta: NodeMeta, gen: number): DirNode {
  return { type: 'dir', entries: new Map(), ...meta, ino: nextIno(), gen };
}

export function newFile(data: Uint8Array, meta: NodeMeta, gen: number, declaredSize?: number): FileNode {
  const node: FileNode = { type: 'file', data, ...meta, ino: nextIno(), gen };
  if (declaredSize !== undefined) node.declaredSize = declaredSize;
  return node;
}

export function newSymlink(target: string, meta: NodeMeta, gen: number): SymlinkNode {
  return { type: 'symlink', target, ...meta, ino: nextIno(), gen };
}

/** The node itself if `gen` owns it, otherwise a shallow clone owned by `gen`. */
export function own<N extends Node>(node: N, gen: number): N {
  if (node.gen === gen) return node;
  if (node.type === 'dir') return { ...node, entries: new Map(node.entries), gen };
  return { ...node, gen };
}

/** Stat.size of a node: declared size for placeholders, 4096 for directories as ext4/overlay report. */
export function sizeOf(node: Node): number {
  if (node.type === 'file') return node.declaredSize ?? node.data.length;
  if (node.type === 'dir') return 4096;
  return new TextEncoder().encode(node.target).length;
}

export function statOf(node: Node): Stat {
  return {
    type: node.type,
    mode: node.mode,
    uid: node.uid,
    gid: node.gid,
    size: sizeOf(node),
    mtime: node.mtime,
  };
}
