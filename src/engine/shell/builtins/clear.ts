/** `clear`: home the cursor and erase the screen (the terminal interprets the escapes). */
import type { Program } from '../../process/types.ts';

export const clear: Program = async (ctx) => {
  ctx.stdout.write('\x1b[H\x1b[2J');
  return 0;
};
