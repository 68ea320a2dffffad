/** `true`: succeed. */
import type { Program } from '../../process/types.ts';

export const trueProgram: Program = async () => 0;
