/**
 * The build context as a tree the editor lists: the learner's current directory on the
 * host, read through the session's filesystem. Directories first, then files, by name
 * (dotfiles included: `.dockerignore` matters to a build). `node_modules` and other big
 * directories are listed but not descended into.
 */
import type { FileSystem } from '../../engine/fs/types.ts';

export interface FileEntry {
  name: string;
  /** Absolute path on the host. */
  path: string;
  kind: 'file' | 'dir';
  size: number;
  /** Modification time (virtual clock), to notice changes made from the terminal. */
  mtime: number;
  /** For directories within the depth limit; undefined when not read. */
  children?: FileEntry[];
}

export type TreeFs = Pick<FileSystem, 'readdir' | 'stat'>;

const notDescended = new Set(['node_modules', '.git']);

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/**
 * The entries of `dir`, directories read `depth` levels deep (1 = only `dir` itself).
 * Entries that vanish or cannot be read while listing are skipped.
 */
export function listTree(fs: TreeFs, dir: string, depth = 3): FileEntry[] {
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch {
    return [];
  }
  const entries: FileEntry[] = [];
  for (const name of names) {
    const path = joinPath(dir, name);
    let stat;
    try {
      stat = fs.stat(path);
    } catch {
      continue; // a dangling symlink
    }
    const kind = stat.type === 'dir' ? 'dir' : 'file';
    const entry: FileEntry = { name, path, kind, size: stat.size, mtime: stat.mtime };
    if (kind === 'dir' && depth > 1 && !notDescended.has(name)) entry.children = listTree(fs, path, depth - 1);
    entries.push(entry);
  }
  return entries.sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.kind === 'dir' ? -1 : 1));
}

/** Every file of the tree, depth first, in display order (keyboard navigation, the initial pick). */
export function flattenFiles(entries: readonly FileEntry[]): FileEntry[] {
  return entries.flatMap((e) => (e.kind === 'file' ? [e] : flattenFiles(e.children ?? [])));
}

/** The file to open first: the Dockerfile when there is one. */
export function initialFile(entries: readonly FileEntry[]): string | undefined {
  const files = flattenFiles(entries);
  return (entries.find((e) => e.kind === 'file' && e.name === 'Dockerfile') ?? files[0])?.path;
}

/** A cheap fingerprint of the tree: equal when nothing was added, removed or modified. */
export function treeSignature(entries: readonly FileEntry[]): string {
  return entries.map((e) => `${e.kind[0]}${e.path}@${e.mtime}/${e.size}${e.children ? `[${treeSignature(e.children)}]` : ''}`).join(',');
}

/** `path` relative to `dir` when inside it (for `docker build -f`), else undefined. */
export function relativeTo(dir: string, path: string): string | undefined {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}
