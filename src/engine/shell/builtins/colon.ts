/** `:`: does nothing, successfully (its arguments are still expanded, e.g. `: ${X:=1}`). */
import type { Builtin } from './types.ts';

export const colon: Builtin = async () => 0;
