/**
 * Pattern matching as the shell does it: `*`, `?`, `[…]`/`[!…]` for pathname expansion,
 * `case` and `${x#…}`. Patterns arrive with quoted characters backslash-escaped (the
 * expander does that), so `"*"` matches only a star. Pathname expansion walks the
 * filesystem one component at a time; a leading dot must be matched explicitly.
 */
import type { FileSystem } from '../fs/types.ts';
import { resolve } from '../fs/path.ts';

/** Regex source for a pattern (no anchors). */
export function patternSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) out += escapeRegex(pattern[++i]);
    else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        body = body.replace(/\\(.)/g, '$1').replace(/[\\\]^]/g, '\\$&');
        out += `[${negate ? '^' : ''}${body}]`;
        i = end;
      }
    } else out += escapeRegex(c);
  }
  return out;
}

function bracketEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) if (pattern[i] === ']') return i;
  return -1;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export function matchPattern(pattern: string, text: string): boolean {
  return new RegExp(`^${patternSource(pattern)}$`).test(text);
}

/** True when the (escaped) pattern has an unescaped glob character. */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if ('*?['.includes(pattern[i])) return true;
  }
  return false;
}

/** Removes the escaping backslashes of a pattern, giving the literal text. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\([\s\S])/g, '$1');
}

/** Pathname expansion: matching paths in sorted order, or [] when nothing matches. */
export function globPaths(fs: FileSystem, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p) => p !== '');
  let candidates: string[] = [absolute ? '/' : ''];
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const next: string[] = [];
    for (const base of candidates) {
      const dir = resolve(cwd, base === '' ? '.' : base);
      if (!hasGlobChars(part)) {
        const path = joinRel(base, unescapePattern(part));
        if (fs.exists(resolve(cwd, path)) && (last || isDir(fs, resolve(cwd, path)))) next.push(path);
        continue;
      }
      if (!isDir(fs, dir)) continue;
      const regex = new RegExp(`^${patternSource(part)}$`);
      const dotOk = part.startsWith('.') || part.startsWith('\\.');
      for (const name of fs.readdir(dir)) {
        if (name.startsWith('.') && !dotOk) continue;
        if (!regex.test(name)) continue;
        const path = joinRel(base, name);
        if (last || isDir(fs, resolve(cwd, path))) next.push(path);
      }
    }
    candidates = next;
  }
  if (pattern.endsWith('/')) candidates = candidates.map((c) => c + '/');
  return candidates.sort();
}

function joinRel(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

function isDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}
