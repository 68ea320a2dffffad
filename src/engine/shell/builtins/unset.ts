/** `unset [-v|-f] name…`: remove variables (default) or functions. */
import type { Builtin } from './types.ts';

export const unset: Builtin = async (sh, argv) => {
  let functions = false;
  for (const arg of argv.slice(1)) {
    if (arg === '-f') functions = true;
    else if (arg === '-v') functions = false;
    else if (functions) sh.functions.delete(arg);
    else sh.unset(arg);
  }
  return 0;
};
