/** `pwd`: print the working directory. */
import type { Program } from '../../process/types.ts';

export const pwd: Program = async (ctx) => {
  ctx.stdout.write(ctx.cwd + '\n');
  return 0;
};
