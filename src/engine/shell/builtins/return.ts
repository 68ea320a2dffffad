/** `return [n]`: leave the current function (or sourced file) with status n, or `$?`. */
import { ReturnSignal } from '../errors.ts';
import type { Builtin } from './types.ts';

export const returnBuiltin: Builtin = async (sh, argv, io) => {
  const arg = argv[1];
  if (arg !== undefined && !/^-?[0-9]+$/.test(arg)) {
    sh.error(io, `return: Illegal number: ${arg}`);
    throw new ReturnSignal(2);
  }
  throw new ReturnSignal(arg === undefined ? sh.status : ((Number(arg) % 256) + 256) % 256);
};
