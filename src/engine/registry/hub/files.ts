/**
 * Small constructors for the file entries of hub image layers, so an image module reads
 * like the listing of its root filesystem. Sizes use decimal units, as Docker reports them.
 */
import type { FileSpec } from './spec.ts';

export const kB = 1000;
export const MB = 1000 * kB;

/** A text file carried with its real content. */
export function text(path: string, content: string, mode?: number): FileSpec {
  return mode === undefined ? { path, content } : { path, content, mode };
}

/** An executable script (shell scripts of entrypoints): real content, mode 0755. */
export function script(path: string, content: string): FileSpec {
  return { path, content, mode: 0o755 };
}

/** A placeholder executable standing for `program`, with the real binary's size. */
export function bin(path: string, program: string, size: number): FileSpec {
  return { path, program, size };
}

/** A data file whose bytes the simulator does not carry (libraries, archives), with its real size. */
export function blob(path: string, size: number, mode?: number): FileSpec {
  return mode === undefined ? { path, size } : { path, size, mode };
}

export function link(path: string, target: string): FileSpec {
  return { path, type: 'symlink', target };
}

export function dir(path: string, mode?: number, uid?: number, gid?: number): FileSpec {
  const spec: FileSpec = { path, type: 'dir' };
  if (mode !== undefined) spec.mode = mode;
  if (uid !== undefined) spec.uid = uid;
  if (gid !== undefined) spec.gid = gid;
  return spec;
}

/** Declared bytes of a list of entries: content length, or the declared size of placeholders. */
export function specBytes(files: readonly FileSpec[]): number {
  let total = 0;
  for (const f of files) {
    if (f.type === 'dir' || f.type === 'symlink') continue;
    total += f.size ?? new TextEncoder().encode(f.content ?? '').length;
  }
  return total;
}
