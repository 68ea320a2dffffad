/**
 * `docker run` (docker/cli container/run.go): create (pulling on 404), then — unless
 * detached — attach, then wait (sent before start, so the exit is never missed), then
 * start, copy the output frames, and exit with the container's status code. Detached,
 * the full ID is printed and the wait is sent but not awaited. Every failure of docker
 * itself reads `docker: <error>` + help hint with 125, or 126/127 when the start error
 * says the command could not be invoked or found (toStatusError).
 */
import type { CommandContext, CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { runFlags } from '../container-flags.ts';
import { createContainer, validateImage } from '../create-container.ts';
import { attach, exitStatus, waitExit } from '../attach.ts';
import { CliError } from '../errors.ts';
import { copyFrames } from '../frames.ts';

/** toStatusError: which exit status a failure of `docker run` gets. */
export function runErrorStatus(message: string): number {
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(message)) return 127;
  if (/permission denied|is a directory/.test(message)) return 126;
  return 125;
}

function runError(err: unknown, path: string): CliError {
  if (err instanceof CliError && err.status === 125 && err.message.includes('--help')) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new CliError(`docker: ${message}\n\nRun '${path} --help' for more information`, runErrorStatus(message));
}

async function runContainer(ctx: CommandContext): Promise<number> {
  const { io, flags } = ctx;
  validateImage(ctx);
  const c = await ctx.client();
  const { id, body } = await createContainer(ctx, c);
  const detached = !body.AttachStdout && !body.AttachStderr && !body.AttachStdin;
  const tty = body.Tty === true;
  if (detached) {
    io.stdout.write(id + '\n');
    await waitExit(c, id, flags.bool('rm') ? 'removed' : 'next-exit');
    await c.call('POST', `/containers/${id}/start`);
    return 0;
  }
  const frames = await attach(c, io, id, {
    stdin: body.AttachStdin === true,
    stdout: body.AttachStdout === true,
    stderr: body.AttachStderr === true,
  });
  const status = await waitExit(c, id, flags.bool('rm') ? 'removed' : 'next-exit');
  await c.call('POST', `/containers/${id}/start`);
  await copyFrames(frames, io, tty);
  return exitStatus(await status.result, io);
}

export const run: CommandSpec = {
  name: 'run',
  use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  aliasText: 'docker container run, docker run',
  args: atLeast(1),
  interspersed: false,
  flags: runFlags,
  async run(ctx) {
    try {
      return await runContainer(ctx);
    } catch (err) {
      throw runError(err, ctx.path);
    }
  },
};
