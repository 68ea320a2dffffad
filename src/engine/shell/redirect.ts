/**
 * Opens a command's redirections, left to right, giving the Io it runs with: files for
 * `>`/`>>`/`<`, duplicates for `2>&1`, here-document bodies, and the special paths
 * `/dev/null`, `/dev/stdout`, `/dev/stderr`, `/dev/stdin`, which name the shell's own
 * streams rather than files. A failure is a message for the caller to print.
 */
import type { FileSystem } from '../fs/types.ts';
import { FsError } from '../fs/types.ts';
import { dirname, resolve } from '../fs/path.ts';
import { emptyInput, fixedInput, nullOutput } from '../process/streams.ts';
import type { OutputStream } from '../process/types.ts';
import type { Redirect } from './ast.ts';
import { Io } from './io.ts';
import type { Stream } from './io.ts';

export class RedirectError extends Error {}

export interface RedirectHost {
  readonly fs: FileSystem;
  readonly cwd: string;
  readonly uid: number;
  readonly gid: number;
  expand(redirect: Redirect): Promise<{ target: string; heredoc?: string }>;
}

/** A file opened for writing: truncated (or not, for `>>`) at open, appended to on each write. */
export function fileOutput(fs: FileSystem, path: string, append: boolean, owner: { uid: number; gid: number }): OutputStream {
  const exists = fs.exists(path);
  if (exists && fs.stat(path).type === 'dir') throw new FsError('EISDIR', path);
  if (!exists && !fs.exists(dirname(path))) throw new FsError('ENOENT', path);
  if (!exists || !append) fs.writeFile(path, '', exists ? {} : { mode: 0o644, uid: owner.uid, gid: owner.gid });
  return { write: (data) => fs.writeFile(path, data, { append: true }) };
}

function special(path: string, io: Io, forOutput: boolean): Stream | undefined {
  switch (path) {
    case '/dev/null':
      return forOutput ? nullOutput : emptyInput;
    case '/dev/stdout':
    case '/proc/self/fd/1':
      return io.get(1);
    case '/dev/stderr':
    case '/proc/self/fd/2':
      return io.get(2);
    case '/dev/stdin':
    case '/proc/self/fd/0':
      return io.get(0);
    default:
      return undefined;
  }
}

export async function openRedirects(host: RedirectHost, redirects: Redirect[], io: Io): Promise<Io> {
  let current = io;
  for (const redirect of redirects) {
    const { target, heredoc } = await host.expand(redirect);
    const { op, fd } = redirect;
    if (op === '<<' || op === '<<-') {
      current = current.with(fd, fixedInput(heredoc ?? ''));
      continue;
    }
    if (op === '>&' || op === '<&') {
      if (target === '-') current = current.with(fd, undefined);
      else if (/^[0-9]+$/.test(target) && current.get(Number(target))) current = current.with(fd, current.get(Number(target)));
      else throw new RedirectError(`${target}: Bad file descriptor`);
      continue;
    }
    const path = resolve(host.cwd, target);
    const forOutput = op === '>' || op === '>>' || op === '>|';
    const dev = special(path, current, forOutput);
    if (dev) {
      current = current.with(fd, dev);
      continue;
    }
    try {
      if (forOutput) current = current.with(fd, fileOutput(host.fs, path, op === '>>', host));
      else {
        if (op === '<>' && !host.fs.exists(path)) host.fs.writeFile(path, '', { mode: 0o644, uid: host.uid, gid: host.gid });
        current = current.with(fd, fixedInput(host.fs.readFile(path)));
      }
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      if (forOutput) {
        const why = error.code === 'ENOENT' ? 'nonexistent directory' : error.message;
        throw new RedirectError(`can't create ${target}: ${why}`);
      }
      throw new RedirectError(`can't open '${target}': ${error.message}`);
    }
  }
  return current;
}
