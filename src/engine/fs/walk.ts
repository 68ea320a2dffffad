/**
 * Path resolution over a node tree, as the kernel's namei does it: intermediate
 * symlinks are always followed, the last one only when asked, `..` is taken after
 * symlinks (physically), and more than MAXSYMLINKS links in one lookup is ELOOP.
 * The result names the canonical parent, so a writer can copy exactly that path.
 */
import type { DirNode, Node } from './node.ts';
import { rawComponents } from './path.ts';
import { FsError } from './types.ts';

/** Where a path leads: its canonical parent directory, its name, and the node if any. */
export interface Resolved {
  parent: string[];
  /** undefined for the root itself. */
  name: string | undefined;
  node: Node | undefined;
}

/** Linux's MAXSYMLINKS. */
const MAX_SYMLINKS = 40;

/**
 * Follows `path` from the root. Intermediate symlinks are always followed, the last
 * one only with `followLast`; `..` is resolved physically, after symlinks, as Linux does.
 * A missing last component is not an error (node undefined); a missing parent is.
 */
export function walk(root: DirNode, path: string, followLast: boolean): Resolved {
  let queue = rawComponents(path);
  let dirs: DirNode[] = [root];
  let names: string[] = [];
  let links = 0;
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (name === '..') {
      if (names.length > 0) {
        names = names.slice(0, -1);
        dirs = dirs.slice(0, -1);
      }
      continue;
    }
    const child = dirs[dirs.length - 1].entries.get(name);
    const last = queue.length === 0;
    if (!child) {
      if (last) return { parent: names, name, node: undefined };
      throw new FsError('ENOENT', path);
    }
    if (child.type === 'symlink' && (!last || followLast)) {
      if (++links > MAX_SYMLINKS) throw new FsError('ELOOP', path);
      if (child.target.startsWith('/')) {
        names = [];
        dirs = [root];
      }
      queue = [...rawComponents(child.target), ...queue];
      continue;
    }
    if (last) return { parent: names, name, node: child };
    if (child.type !== 'dir') throw new FsError('ENOTDIR', path);
    names = [...names, name];
    dirs = [...dirs, child];
  }
  if (names.length === 0) return { parent: [], name: undefined, node: root };
  return { parent: names.slice(0, -1), name: names[names.length - 1], node: dirs[dirs.length - 1] };
}

/** The canonical absolute path of a resolved lookup. */
export function canonical(r: Resolved): string {
  return '/' + (r.name === undefined ? [] : [...r.parent, r.name]).join('/');
}

/** Code-point order, as `ls` sorts in the C locale (UTF-16 order differs above U+FFFF). */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
