/**
 * Finding what a COPY or ADD copies (moby builder/dockerfile/copy.go calcCopyInfo): each
 * source is a path relative to the build context (or to the root of a `--from` stage or
 * image), may hold Go filepath.Match wildcards that do not cross `/`, must stay inside
 * the context, and must exist. Each source gets the content hash the classic builder
 * writes into history and compares for its cache: `file:<sha256>`, `dir:<sha256>`, or
 * `multi:<sha256>` for several. Metadata counts (mode, owner, name), mtime does not.
 */
import { invalidParameter } from '../../errdefs.ts';
import type { FileSystem } from '../../fs/types.ts';
import { sha256Hex } from '../../util/digest.ts';

export interface CopySource {
  /** Absolute path in the source filesystem. */
  path: string;
  type: 'file' | 'dir' | 'symlink';
  /** sha256 hex of the source's content and metadata. */
  hash: string;
}

const hasWildcards = (p: string) => /[*?[]/.test(p);

/** The source's components, or null when `..` climbs out of the root. */
function confine(path: string): string[] | null {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out;
}

function segmentRegex(segment: string): RegExp {
  let re = '^';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) throw invalidParameter('syntax error in pattern');
      re += '[' + segment.slice(i + 1, end).replace(/^\^/, '^').replace(/\\/g, '\\\\') + ']';
      i = end;
    } else if (ch === '\\' && i + 1 < segment.length) re += '\\' + segment[++i];
    else re += ch.replace(/[.+(){}|$^]/g, '\\$&');
  }
  return new RegExp(re + '$');
}

function globPaths(fs: FileSystem, parts: string[]): string[] {
  let current = ['/'];
  for (const part of parts) {
    const next: string[] = [];
    const re = hasWildcards(part) ? segmentRegex(part) : undefined;
    for (const dir of current) {
      const base = dir === '/' ? '' : dir;
      if (!re) {
        if (fs.exists(`${base}/${part}`) || isLink(fs, `${base}/${part}`)) next.push(`${base}/${part}`);
        continue;
      }
      let names: string[] = [];
      try {
        if (fs.stat(dir).type === 'dir') names = fs.readdir(dir);
      } catch {
        names = [];
      }
      for (const name of [...names].sort()) if (re.test(name)) next.push(`${base}/${name}`);
    }
    current = next;
  }
  return current;
}

function isLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}

/** Hash of one node and everything below it (a directory hashes its sorted children). */
export function hashTree(fs: FileSystem, path: string, name = ''): string {
  const st = fs.lstat(path);
  const meta = `${name}\0${st.type}\0${st.mode.toString(8)}\0${st.uid}\0${st.gid}\0`;
  if (st.type === 'file') return sha256Hex(meta + st.size + '\0' + sha256Hex(fs.readFile(path)));
  if (st.type === 'symlink') return sha256Hex(meta + fs.readlink(path));
  const children = [...fs.readdir(path)].sort().map((child) => `${child}:${hashTree(fs, `${path === '/' ? '' : path}/${child}`, child)}`);
  return sha256Hex(meta + children.join(','));
}

/**
 * @throws `forbidden path outside the build context: ../x ()`, `file not found in build
 * context or excluded by .dockerignore: stat x: file does not exist`, `no source files were specified`
 */
export function findSources(fs: FileSystem, sources: readonly string[]): CopySource[] {
  const out: CopySource[] = [];
  for (const src of sources) {
    const parts = confine(src);
    if (parts === null) throw invalidParameter(`forbidden path outside the build context: ${src} ()`);
    const exact = `/${parts.join('/')}`;
    const paths = hasWildcards(src) ? globPaths(fs, parts) : fs.exists(exact) || isLink(fs, exact) ? [exact] : [];
    if (paths.length === 0) {
      if (hasWildcards(src)) continue;
      throw invalidParameter(`file not found in build context or excluded by .dockerignore: stat ${src}: file does not exist`);
    }
    for (const path of paths) {
      const type = fs.lstat(path).type;
      out.push({ path, type, hash: hashTree(fs, path, path.slice(path.lastIndexOf('/') + 1)) });
    }
  }
  if (out.length === 0) throw invalidParameter('no source files were specified');
  return out;
}

/** The `file:…` / `dir:…` / `multi:…` token of the classic history string. */
export function sourcesToken(sources: readonly CopySource[]): string {
  if (sources.length === 1) return `${sources[0].type === 'dir' ? 'dir' : 'file'}:${sources[0].hash}`;
  return `multi:${sha256Hex(sources.map((s) => s.hash).join(','))}`;
}
