/** `hostname`: the container's hostname (its short ID unless set with --hostname). */
import type { Program } from '../../process/types.ts';

export const hostname: Program = async (ctx) => {
  if (ctx.argv.length > 1 && !ctx.argv[1].startsWith('-')) {
    ctx.stderr.write('hostname: sethostname: Operation not permitted\n');
    return 1;
  }
  ctx.stdout.write(ctx.hostname + '\n');
  return 0;
};
