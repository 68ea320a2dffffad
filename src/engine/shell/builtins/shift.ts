/** `shift [n]`: drop the first n positional parameters. */
import type { Builtin } from './types.ts';

export const shift: Builtin = async (sh, argv, io) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0 || n > sh.positional.length) {
    sh.error(io, `shift: can't shift that many`);
    return 2;
  }
  sh.positional = sh.positional.slice(n);
  return 0;
};
