/** `break [n]` and `continue [n]`: leave or restart the n-th enclosing loop. */
import { BreakSignal } from '../errors.ts';
import type { Builtin } from './types.ts';

function loopControl(isContinue: boolean): Builtin {
  return async (sh, argv, io) => {
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n) || n < 1) {
      sh.error(io, `${argv[0]}: Illegal number: ${argv[1]}`);
      return 2;
    }
    // Outside a loop ash silently does nothing.
    if (sh.loopDepth === 0) return 0;
    throw new BreakSignal(Math.min(n, sh.loopDepth), isContinue);
  };
}

export const breakBuiltin = loopControl(false);
export const continueBuiltin = loopControl(true);
