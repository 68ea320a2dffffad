/**
 * POSIX path arithmetic on strings, with no filesystem behind it: the lexical rules
 * the shell (`cd`, `basename`, `dirname`) and the builder (COPY destinations, WORKDIR)
 * use. Filesystems resolve `..` physically, after symlinks; these helpers cannot, so
 * they treat `a/link/..` as `a`, as a shell's logical `cd` does.
 */

/** Collapses duplicate slashes, `.` and `..`; keeps leading `..` of a relative path. */
export function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  if (absolute) return '/' + body;
  return body === '' ? '.' : body;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

/** @example join('/usr', 'local/', '../bin') === '/usr/bin' */
export function join(...parts: string[]): string {
  const nonEmpty = parts.filter((s) => s !== '');
  return nonEmpty.length === 0 ? '.' : normalize(nonEmpty.join('/'));
}

/** @example dirname('/a/b') === '/a'; dirname('/a') === '/'; dirname('a') === '.' */
export function dirname(p: string): string {
  const n = normalize(p);
  if (n === '/') return '/';
  const i = n.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : n.slice(0, i);
}

/** The last component; `/` for the root, as coreutils `basename /` prints. */
export function basename(p: string): string {
  const n = normalize(p);
  if (n === '/') return '/';
  return n.slice(n.lastIndexOf('/') + 1);
}

/** An absolute, normalised path: `p` if absolute, otherwise `p` taken from `cwd`. */
export function resolve(cwd: string, p: string): string {
  return normalize(isAbsolute(p) ? p : `${cwd}/${p}`);
}

/** Components of the normalised path: `split('/a//b/')` is `['a', 'b']`, the root is `[]`. */
export function split(p: string): string[] {
  const n = normalize(p);
  if (n === '/' || n === '.') return [];
  return (n.startsWith('/') ? n.slice(1) : n).split('/');
}

/**
 * Components without lexical `..` resolution (only empty parts and `.` dropped), for
 * filesystems that must resolve `..` after following symlinks.
 */
export function rawComponents(p: string): string[] {
  return p.split('/').filter((s) => s !== '' && s !== '.');
}
