/**
 * What a static web server finds for a request path under its document root: a file,
 * an index file of a directory, a redirect to add the slash a directory needs, a
 * directory it may not list, or nothing. The servers (nginx-site.ts,
 * apache-site.ts) turn the outcome into their own responses and pages.
 */
import { normalize } from '../fs/path.ts';
import type { FileSystem } from '../fs/types.ts';

export type Lookup =
  | { kind: 'file'; path: string; bytes: Uint8Array; mtime: number }
  | { kind: 'add-slash'; path: string }
  | { kind: 'forbidden' }
  | { kind: 'missing' };

/** The request target's path: query dropped, %XX decoded, dot segments resolved within the root. */
export function requestPath(target: string): string {
  const raw = target.replace(/[?#].*$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  const path = normalize(`/${decoded}`);
  return decoded.endsWith('/') && path !== '/' ? `${path}/` : path;
}

function isDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}

function fileAt(fs: FileSystem, path: string): Lookup | undefined {
  try {
    const stat = fs.stat(path);
    if (stat.type !== 'file') return undefined;
    return { kind: 'file', path, bytes: fs.readFile(path), mtime: stat.mtime };
  } catch {
    return undefined;
  }
}

/** Look `target` up under `root`, trying `index` names for a directory. */
export function lookup(fs: FileSystem, root: string, target: string, index: readonly string[]): Lookup {
  const path = requestPath(target);
  const full = normalize(`${root}/${path}`).replace(/\/$/, '');
  if (isDir(fs, full)) {
    if (!path.endsWith('/') && path !== '/') return { kind: 'add-slash', path: `${path}/` };
    for (const name of index) {
      const found = fileAt(fs, `${full}/${name}`);
      if (found) return found;
    }
    return { kind: 'forbidden' };
  }
  return fileAt(fs, full) ?? { kind: 'missing' };
}

/** `ext → type` from an nginx or Apache mime.types file (`text/html  html htm shtml;`). */
export function parseMimeTypes(text: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const line of text.replace(/#.*/g, '').split(/[;\n]/)) {
    const [type, ...exts] = line.trim().split(/\s+/);
    if (!type || !type.includes('/') || type.includes('{')) continue;
    for (const ext of exts) if (!types.has(ext)) types.set(ext.toLowerCase(), type);
  }
  return types;
}

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
