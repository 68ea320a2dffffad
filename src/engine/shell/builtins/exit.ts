/** `exit [n]`: leave the shell (or subshell) with status n, or `$?`. */
import { ExitSignal } from '../errors.ts';
import type { Builtin } from './types.ts';

export const exit: Builtin = async (sh, argv, io) => {
  const arg = argv[1];
  if (arg === undefined) throw new ExitSignal(sh.status);
  if (!/^-?[0-9]+$/.test(arg)) {
    sh.error(io, `exit: Illegal number: ${arg}`);
    throw new ExitSignal(2);
  }
  throw new ExitSignal(((Number(arg) % 256) + 256) % 256);
};
