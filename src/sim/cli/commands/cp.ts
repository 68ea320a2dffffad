/**
 * `docker cp` (cli/command/container/cp.go with pkg/archive's CopyTo and
 * PrepareArchiveCopy): one side is `CONTAINER:PATH`, the other a host path or `-`.
 * Out of a container: GET /containers/{id}/archive, then the tar is extracted on the
 * host the way `cp -a` would lay it out (into a directory, over a file, or renamed to
 * a new name). Into a container: HEAD the destination for its stat, tar the host path
 * renamed accordingly, PUT it into the destination directory. Without a terminal the
 * CLI is quiet; on one it ends with `Successfully copied <size> to <dest>`.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { CliError } from '../errors.ts';
import type { HostFiles } from '../io.ts';
import { humanSize } from '../../format/index.ts';
import { decodePathStat, goModeDir, goModeSymlink } from '../../../engine/daemon/archive/path-stat.ts';
import { tarEntriesOf, untar } from '../../../engine/daemon/archive/fs-tar.ts';
import { readTar, writeTar, type TarEntry } from '../../../engine/layer/tar.ts';
import type { FileSystem } from '../../../engine/fs/types.ts';
import { readArchive } from './load.ts';

/** `web:/etc/hostname` → ['web', '/etc/hostname']; absolute or `./x:y` paths are local. */
function splitCpArg(arg: string): [string, string] {
  if (arg.startsWith('/')) return ['', arg];
  const at = arg.indexOf(':');
  if (at < 0 || arg.startsWith('.')) return ['', arg];
  return [arg.slice(0, at), arg.slice(at + 1)];
}

const base = (p: string) => p.replace(/\/+\.?$/, '').slice(p.replace(/\/+\.?$/, '').lastIndexOf('/') + 1);
const parentOf = (p: string) => p.replace(/\/+$/, '').slice(0, p.replace(/\/+$/, '').lastIndexOf('/')) || '/';
const trailingSep = (p: string) => p === '.' || p.endsWith('/') || p.endsWith('/.');

/** archive.RebaseArchiveEntries: the top name `from` becomes `to`. */
function rebase(entries: TarEntry[], from: string, to: string): TarEntry[] {
  const move = (p: string) => (p === from ? to : p.startsWith(`${from}/`) ? to + p.slice(from.length) : p);
  return entries.map((e) => ({ ...e, path: move(e.path), ...(e.type === 'hardlink' && e.linkname ? { linkname: move(e.linkname) } : {}) }));
}

function kindOf(fs: FileSystem, path: string): 'dir' | 'file' | undefined {
  try {
    return fs.stat(path).type === 'dir' ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

function hostFiles(files: HostFiles | undefined): Required<Pick<HostFiles, 'fs' | 'resolve'>> & HostFiles {
  if (!files?.fs || !files.resolve) throw new CliError('docker cp: this terminal has no host filesystem');
  return files as Required<Pick<HostFiles, 'fs' | 'resolve'>> & HostFiles;
}

export const cp: CommandSpec = {
  name: 'cp',
  use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  aliasText: 'docker container cp, docker cp',
  args: exactly(2),
  flags: [
    { long: 'archive', short: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
    { long: 'follow-link', short: 'L', type: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
  ],
  async run({ flags, io, args, client }) {
    if (args[0] === '') throw new CliError('source can not be empty');
    if (args[1] === '') throw new CliError('destination can not be empty');
    const [srcContainer, srcPath] = splitCpArg(args[0]);
    const [dstContainer, dstPath] = splitCpArg(args[1]);
    if (srcContainer && dstContainer) throw new CliError('copying between containers is not supported');
    if (!srcContainer && !dstContainer) throw new CliError('must specify at least one container source');
    const quiet = flags.bool('quiet') || !io.isTTY;
    const c = await client();
    const container = encodeURIComponent(srcContainer || dstContainer);

    if (srcContainer) {
      const files = dstPath === '-' ? undefined : hostFiles(io.files);
      const dst = files ? files.resolve(dstPath) + (dstPath === '.' || dstPath.endsWith('/.') ? '/.' : trailingSep(dstPath) ? '/' : '') : '-';
      if (files && !files.fs.exists(parentOf(dst))) throw new CliError(`invalid output path: directory "${parentOf(dst)}" does not exist`);
      const res = await c.call('GET', `/containers/${container}/archive`, { query: { path: srcPath } });
      const tar = res.body as Uint8Array;
      if (!files) {
        io.stdoutBytes?.write(tar);
        return 0;
      }
      const header = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'x-docker-container-path-stat')?.[1];
      const srcIsDir = header ? decodePathStat(header).mode >= goModeDir : false;
      let entries = readTar(tar);
      const dstKind = kindOf(files.fs, dst);
      let into = dst.replace(/\/\.?$/, '') || '/';
      if (dstKind !== 'dir') {
        if (dstKind === 'file' && srcIsDir) throw new CliError('cannot copy directory');
        if (!dstKind && !srcIsDir && trailingSep(dst)) throw new CliError('no such directory');
        entries = srcPath.endsWith('/.') ? rebase(entries.map((e) => ({ ...e, path: `.top/${e.path}` })), '.top', base(dst)) : rebase(entries, base(srcPath), base(dst));
        if (srcPath.endsWith('/.')) entries.unshift({ path: base(dst), type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 });
        into = parentOf(dst);
      }
      untar(files.fs, into, entries, { noOverwriteDirNonDir: true, chown: files.owner });
      if (!quiet) io.stderr.write(`Successfully copied ${humanSize(tar.length)} to ${dst}\n`);
      return 0;
    }

    // Into the container: what is at the destination decides where the tar goes.
    let dstInfo: { path: string; exists: boolean; isDir: boolean } = { path: dstPath, exists: false, isDir: false };
    const stat = async (path: string) => {
      try {
        const res = await c.call('HEAD', `/containers/${container}/archive`, { query: { path } });
        const header = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'x-docker-container-path-stat')?.[1];
        return header ? decodePathStat(header) : undefined;
      } catch {
        return undefined;
      }
    };
    let st = await stat(dstPath);
    if (st && st.mode & goModeSymlink) {
      dstInfo.path = st.linkTarget;
      st = await stat(st.linkTarget);
    }
    if (st) dstInfo = { ...dstInfo, exists: true, isDir: st.mode >= goModeDir };
    let body: Uint8Array;
    let dstDir = dstInfo.path;
    if (srcPath === '-') {
      if (!dstInfo.isDir) throw new CliError(`destination "${srcContainer || dstContainer}:${dstPath}" must be a directory`);
      body = await readArchive(io, '-');
    } else {
      const files = hostFiles(io.files);
      const src = files.resolve(srcPath);
      let srcStat;
      try {
        srcStat = flags.bool('follow-link') ? files.fs.stat(src) : files.fs.lstat(src);
      } catch {
        throw new CliError(`lstat ${src}: no such file or directory`);
      }
      const srcIsDir = srcStat.type === 'dir';
      const contentsOnly = srcPath.endsWith('/.');
      const walkFrom = flags.bool('follow-link') ? files.fs.realpath(src) : src;
      let entries = tarEntriesOf(files.fs, walkFrom, contentsOnly ? '.' : base(src));
      if (!dstInfo.isDir) {
        if (dstInfo.exists && srcIsDir) throw new CliError('cannot copy directory');
        if (!dstInfo.exists && !srcIsDir && trailingSep(dstPath)) throw new CliError('no such directory');
        entries = contentsOnly ? rebase(entries.map((e) => ({ ...e, path: `.top/${e.path}` })), '.top', base(dstInfo.path)) : rebase(entries, base(src), base(dstInfo.path));
        if (contentsOnly) entries.unshift({ path: base(dstInfo.path), type: 'dir', mode: srcStat.mode, uid: 0, gid: 0, mtime: Math.floor(srcStat.mtime / 1000) });
        dstDir = parentOf(dstInfo.path.startsWith('/') ? dstInfo.path : `/${dstInfo.path}`);
      }
      body = writeTar(entries);
    }
    await c.call('PUT', `/containers/${container}/archive`, {
      query: { path: dstDir, noOverwriteDirNonDir: 'true', copyUIDGID: flags.bool('archive') ? 'true' : undefined },
      headers: { 'content-type': 'application/x-tar' },
      body,
    });
    if (!quiet) io.stderr.write(`Successfully copied ${humanSize(body.length)} to ${dstContainer}:${dstInfo.path}\n`);
    return 0;
  },
};
