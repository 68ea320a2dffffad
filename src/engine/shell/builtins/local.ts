/** `local name[=value]…`: variables that revert when the current function returns. */
import type { Builtin } from './types.ts';

export const local: Builtin = async (sh, argv, io) => {
  const frame = sh.locals[sh.locals.length - 1];
  if (!frame) {
    sh.error(io, 'local: not in a function');
    return 2;
  }
  for (const arg of argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a))) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!frame.has(name)) {
      const previous = sh.vars.get(name);
      frame.set(name, previous && { ...previous });
    }
    if (eq >= 0) sh.set(name, arg.slice(eq + 1));
    else if (!sh.vars.has(name)) sh.set(name, '');
  }
  return 0;
};
