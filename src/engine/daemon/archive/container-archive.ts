/**
 * The container side of `docker cp` and `docker export` (moby daemon/archive.go,
 * daemon/export.go): read a path of a container as a tar, extract a tar into a
 * directory of it, and tar its whole root filesystem. A running container is seen
 * through its mounts (volumes, binds), as processes inside it see it; a stopped one
 * through its root filesystem.
 */
import type { Container } from '../../container/container.ts';
import { invalidParameter, notFound } from '../../errdefs.ts';
import { normalize } from '../../fs/path.ts';
import type { FileSystem } from '../../fs/types.ts';
import { tarFromTree } from '../../layer/changes.ts';
import { readTar, writeTar } from '../../layer/tar.ts';
import { tarEntriesOf, untar } from './fs-tar.ts';
import { goModeDir, statPath, type ContainerPathStat } from './path-stat.ts';

function viewOf(container: Container): FileSystem {
  return container.procFs ?? container.fs;
}

/** Container paths are taken from the root; `tmp/x` is `/tmp/x`. A trailing `/.` is kept. */
function containerPath(path: string): string {
  const abs = normalize(`/${path}`);
  return path.endsWith('/.') || path === '.' ? (abs === '/' ? '/.' : `${abs}/.`) : abs;
}

function missing(container: Container, path: string): Error {
  return notFound(`Could not find the file ${path} in container ${container.name.replace(/^\//, '')}`);
}

/** `HEAD /containers/{id}/archive?path=`. */
export function containerStatPath(container: Container, path: string): ContainerPathStat {
  const stat = statPath(viewOf(container), containerPath(path).replace(/\/\.$/, '') || '/');
  if (!stat) throw missing(container, path);
  return stat;
}

/** `GET /containers/{id}/archive?path=`: the stat and a tar whose top entry is the path's base name. */
export function containerArchive(container: Container, path: string): { stat: ContainerPathStat; tar: Uint8Array } {
  const fs = viewOf(container);
  const full = containerPath(path);
  const contentsOnly = full.endsWith('/.');
  const target = contentsOnly ? full.slice(0, -2) || '/' : full;
  const stat = statPath(fs, target);
  if (!stat) throw missing(container, path);
  const base = contentsOnly || target === '/' ? '.' : stat.name;
  return { stat, tar: writeTar(tarEntriesOf(fs, target, base)) };
}

export interface ExtractOptions {
  noOverwriteDirNonDir?: boolean;
  /** `docker cp -a`: keep the archive's owners; otherwise everything belongs to root. */
  copyUIDGID?: boolean;
}

/** `PUT /containers/{id}/archive?path=`: the path must be an existing directory. */
export function extractToContainer(container: Container, path: string, tar: Uint8Array, options: ExtractOptions = {}): void {
  const fs = viewOf(container);
  const dir = containerPath(path).replace(/\/\.$/, '') || '/';
  const stat = statPath(fs, dir);
  if (!stat) throw missing(container, path);
  let isDir = stat.mode >= goModeDir;
  if (!isDir && stat.linkTarget) isDir = fs.exists(stat.linkTarget) && fs.stat(stat.linkTarget).type === 'dir';
  if (!isDir) throw invalidParameter('extraction point is not a directory');
  untar(fs, stat.linkTarget || dir, readTar(tar), {
    noOverwriteDirNonDir: options.noOverwriteDirNonDir,
    chown: options.copyUIDGID ? undefined : { uid: 0, gid: 0 },
  });
}

/** `GET /containers/{id}/export`: the whole root filesystem (without volumes) as one tar. */
export function exportContainer(container: Container): Uint8Array {
  return tarFromTree(container.fs.snapshot());
}
