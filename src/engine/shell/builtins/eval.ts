/** `eval args…`: join the arguments with spaces and run the result as shell source. */
import type { Builtin } from './types.ts';

export const evalBuiltin: Builtin = async (sh, argv, io) => {
  const src = argv.slice(1).join(' ');
  if (src.trim() === '') return 0;
  return sh.runSource(src, io);
};
