/** `rm [-rRf] path…`: remove files; `-r` removes directories and their contents, `-f` ignores missing ones. */
import type { Program } from '../../process/types.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

export const rm: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'rRfvid');
  if (args.bad) return badOption(ctx, args.bad);
  const recursive = args.flags.has('r') || args.flags.has('R');
  const force = args.flags.has('f');
  let status = 0;
  for (const target of args.operands) {
    const path = abs(ctx, target);
    try {
      if (!recursive && ctx.fs.exists(path) && ctx.fs.lstat(path).type === 'dir') {
        fail(ctx, `'${target}' is a directory`);
        status = 1;
        continue;
      }
      ctx.fs.rm(path, { recursive, force });
    } catch (error) {
      fail(ctx, `can't remove '${target}': ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};
