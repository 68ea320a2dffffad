/** `dirname path`: everything but the last component. */
import { dirname as dir } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';

export const dirname: Program = async (ctx) => {
  const path = ctx.argv[1];
  if (path === undefined) {
    ctx.stderr.write('dirname: missing operand\n');
    return 1;
  }
  ctx.stdout.write(dir(path) + '\n');
  return 0;
};
