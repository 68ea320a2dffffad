/**
 * Which program an argv[0] names, resolved as Linux + runc do: a name with a `/` is a
 * path (relative to the cwd), any other name is searched on PATH; symlinks are
 * followed; the file must be executable; a placeholder binary names its program and a
 * `#!` script names its interpreter. The container runtime turns the failures into
 * Docker's start errors, the shell into `sh: foo: not found` / `Permission denied`.
 */
import { FsError } from '../fs/types.ts';
import type { FileSystem, Stat } from '../fs/types.ts';
import { join, resolve as resolvePath } from '../fs/path.ts';
import { placeholderProgram } from './types.ts';

export const defaultPath = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type ResolveFailure = 'not-found' | 'permission-denied' | 'is-directory' | 'no-program';

export type Resolution =
  | {
      ok: true;
      /** The executable found, as it was named (not the symlink target). */
      path: string;
      /** The placeholder program name that runs (the interpreter's for a script). */
      program: string;
      /** For a `#!` script: the interpreter argv (path and optional argument) to put before the script path. */
      interpreter?: string[];
    }
  /** `no-program`: an executable that is neither a placeholder nor a `#!` script (exec format error). */
  | { ok: false; reason: ResolveFailure; path?: string };

/**
 * @example resolveExecutable(fs, 'ls', { PATH: '/bin' }) // { ok: true, path: '/bin/ls', program: 'busybox' }
 */
export function resolveExecutable(fs: FileSystem, argv0: string, env: Record<string, string>, cwd = '/'): Resolution {
  if (argv0 === '') return { ok: false, reason: 'not-found' };
  if (argv0.includes('/')) return inspect(fs, resolvePath(cwd, argv0), 0);
  let denied: Resolution | undefined;
  const search = env.PATH ?? defaultPath;
  for (const dir of search.split(':')) {
    const candidate = join(resolvePath(cwd, dir === '' ? '.' : dir), argv0);
    const stat = statOrUndefined(fs, candidate);
    if (!stat || stat.type === 'dir') continue;
    const found = inspect(fs, candidate, 0);
    if (found.ok) return found;
    // execvp remembers EACCES and keeps searching; a later hit wins.
    if (found.reason === 'permission-denied') denied ??= found;
    else if (found.reason === 'no-program') return found;
  }
  return denied ?? { ok: false, reason: 'not-found' };
}

function statOrUndefined(fs: FileSystem, path: string): Stat | undefined {
  try {
    return fs.stat(path);
  } catch (error) {
    if (error instanceof FsError) return undefined;
    throw error;
  }
}

function inspect(fs: FileSystem, path: string, depth: number): Resolution {
  const stat = statOrUndefined(fs, path);
  if (!stat) return { ok: false, reason: 'not-found', path };
  if (stat.type === 'dir') return { ok: false, reason: 'is-directory', path };
  if ((stat.mode & 0o111) === 0) return { ok: false, reason: 'permission-denied', path };
  const bytes = fs.readFile(path);
  const program = placeholderProgram(bytes);
  if (program !== undefined) return { ok: true, path, program };
  const head = new TextDecoder().decode(bytes.subarray(0, 256));
  if (head.startsWith('#!') && depth === 0) {
    const line = head.slice(2).split('\n')[0].trim();
    const space = line.search(/[ \t]/);
    const interpreter = space < 0 ? [line] : [line.slice(0, space), line.slice(space).trim()];
    if (interpreter[0] === '') return { ok: false, reason: 'no-program', path };
    const inner = inspect(fs, interpreter[0], depth + 1);
    if (!inner.ok) return { ok: false, reason: inner.reason, path: interpreter[0] };
    return { ok: true, path, program: inner.program, interpreter: interpreter.filter((part) => part !== '') };
  }
  return { ok: false, reason: 'no-program', path };
}
