/** `false`: fail with status 1. */
import type { Program } from '../../process/types.ts';

export const falseProgram: Program = async () => 1;
