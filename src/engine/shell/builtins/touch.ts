/** `touch [-c] file…`: create empty files or bump their modification time to now (virtual). */
import type { Program } from '../../process/types.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

export const touch: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'cam');
  if (args.bad) return badOption(ctx, args.bad);
  let status = 0;
  for (const file of args.operands) {
    const path = abs(ctx, file);
    try {
      if (ctx.fs.exists(path)) ctx.fs.utimes(path, ctx.clock.now());
      else if (!args.flags.has('c')) ctx.fs.writeFile(path, '', { mode: 0o644, uid: ctx.uid, gid: ctx.gid });
    } catch (error) {
      fail(ctx, `${file}: ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};
