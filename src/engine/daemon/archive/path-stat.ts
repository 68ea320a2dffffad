/**
 * What `HEAD /containers/{id}/archive` answers (moby types.ContainerPathStat): the
 * name, size, Go os.FileMode bits, mtime and, for a symlink, the fully resolved target
 * — carried base64-encoded JSON in the `X-Docker-Container-Path-Stat` header, which the
 * CLI reads to decide how `docker cp` lays the files out.
 */
import type { FileSystem } from '../../fs/types.ts';

export interface ContainerPathStat {
  name: string;
  size: number;
  /** Go os.FileMode: permission bits plus ModeDir (1<<31) or ModeSymlink (1<<27). */
  mode: number;
  /** RFC 3339 time. */
  mtime: string;
  linkTarget: string;
}

export const goModeDir = 2 ** 31;
export const goModeSymlink = 2 ** 27;

/** Stat of a container path, not following a last symlink (undefined when missing). */
export function statPath(fs: FileSystem, path: string): ContainerPathStat | undefined {
  let st;
  try {
    st = fs.lstat(path);
  } catch {
    return undefined;
  }
  const typeBits = st.type === 'dir' ? goModeDir : st.type === 'symlink' ? goModeSymlink : 0;
  let linkTarget = '';
  if (st.type === 'symlink') {
    try {
      linkTarget = fs.realpath(path);
    } catch {
      linkTarget = fs.readlink(path);
    }
  }
  const trimmed = path.replace(/\/+$/, '');
  return {
    name: trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1),
    size: st.size,
    mode: typeBits + st.mode,
    mtime: new Date(st.mtime).toISOString().replace('.000Z', 'Z'),
    linkTarget,
  };
}

/** The header value: base64 of the JSON (UTF-8). */
export function encodePathStat(stat: ContainerPathStat): string {
  const bytes = new TextEncoder().encode(JSON.stringify(stat));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The CLI's side: decode the header back into a stat. */
export function decodePathStat(header: string): ContainerPathStat {
  const binary = atob(header);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as ContainerPathStat;
}
