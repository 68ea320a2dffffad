/**
 * `exec cmd args…` replaces the shell with cmd (same pid, so an entrypoint's
 * `exec "$@"` makes the program PID 1); `exec` with only redirections makes them
 * permanent for the shell (`exec >log 2>&1`).
 */
import { sharedInput } from '../../process/lines.ts';
import { resolveExecutable } from '../../process/resolve.ts';
import { ExitSignal } from '../errors.ts';
import type { Builtin } from './types.ts';

export const exec: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    sh.io = io;
    return 0;
  }
  const env = sh.environment();
  const found = resolveExecutable(sh.fs, args[0], env, sh.cwd);
  if (!found.ok) {
    const notFound = found.reason === 'not-found';
    sh.error(io, `exec: ${args[0]}: ${notFound ? 'not found' : 'Permission denied'}`);
    throw new ExitSignal(notFound ? 127 : 126);
  }
  const options = { env, cwd: sh.cwd, stdin: sharedInput(io.stdin), stdout: io.stdout, stderr: io.stderr };
  const status = sh.ctx.exec ? await sh.ctx.exec(args, options) : await sh.ctx.spawn(args, options);
  throw new ExitSignal(status);
};
