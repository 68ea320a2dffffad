/**
 * The host's `docker` command: a program like any other on the learner's PATH, which
 * runs the docker CLI against the daemon through Engine-API-shaped requests only.
 */
import type { ApiHandler } from '../../engine/api/types.ts';
import type { Program, ProcessContext } from '../../engine/process/types.ts';
import { resolve } from '../../engine/fs/path.ts';
import type { DaemonApi } from '../cli/daemon-api.ts';
import type { DockerIO } from '../cli/io.ts';
import { runDocker } from '../cli/docker.ts';

export interface DockerProgramOptions {
  isTTY: boolean;
  columns?: number;
  buildContext?: DockerIO['buildContext'];
}

export function daemonApiOf(handler: ApiHandler): DaemonApi {
  return { request: (req) => handler.handle(req) };
}

function hostFiles(ctx: ProcessContext): NonNullable<DockerIO['files']> {
  const at = (path: string) => resolve(ctx.cwd, path.replace(/^~(?=\/|$)/, ctx.env.HOME ?? '/'));
  return {
    read(path) {
      try {
        return ctx.fs.readText(at(path));
      } catch {
        return undefined;
      }
    },
    write(path, text) {
      const full = at(path);
      const dir = full.slice(0, full.lastIndexOf('/')) || '/';
      if (!ctx.fs.exists(dir)) ctx.fs.mkdir(dir, { recursive: true, uid: ctx.uid, gid: ctx.gid });
      ctx.fs.writeFile(full, text, { mode: 0o600, uid: ctx.uid, gid: ctx.gid });
    },
    readBytes(path) {
      try {
        return ctx.fs.readFile(at(path));
      } catch {
        return undefined;
      }
    },
    // Like os.Create: the parent must exist; the file is the user's, mode 0644 (umask 022).
    writeBytes(path, bytes) {
      ctx.fs.writeFile(at(path), bytes, { mode: 0o644, uid: ctx.uid, gid: ctx.gid });
    },
    resolve: at,
    fs: ctx.fs,
    owner: { uid: ctx.uid, gid: ctx.gid },
  };
}

export function dockerProgram(handler: ApiHandler, options: DockerProgramOptions): Program {
  const api = daemonApiOf(handler);
  return (ctx) =>
    runDocker(ctx.argv.slice(1), {
      api,
      stdout: { write: (s) => ctx.stdout.write(s) },
      stderr: { write: (s) => ctx.stderr.write(s) },
      stdin: ctx.stdin,
      env: ctx.env,
      now: () => ctx.clock.now(),
      isTTY: options.isTTY,
      columns: options.columns,
      files: hostFiles(ctx),
      stdoutBytes: { write: (bytes) => ctx.stdout.write(bytes) },
      // A redirected stdout is no terminal; a shell that reports no ttys at all cannot tell.
      stdoutIsTerminal: options.isTTY && (ctx.isatty?.(1) ?? true),
      stdinIsTerminal: options.isTTY && (ctx.isatty?.(0) ?? true),
      buildContext: options.buildContext,
    });
}
