/** `mv source… dest`: rename, or move into dest when it is a directory. */
import { basename, join } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

export const mv: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'finTv');
  if (args.bad) return badOption(ctx, args.bad);
  if (args.operands.length < 2) {
    fail(ctx, 'missing file operand');
    return 1;
  }
  const dest = abs(ctx, args.operands[args.operands.length - 1]);
  const intoDir = ctx.fs.exists(dest) && ctx.fs.stat(dest).type === 'dir';
  let status = 0;
  for (const source of args.operands.slice(0, -1)) {
    const from = abs(ctx, source);
    try {
      if (!ctx.fs.exists(from) && !isLink(ctx.fs, from)) {
        fail(ctx, `can't rename '${source}': No such file or directory`);
        status = 1;
        continue;
      }
      ctx.fs.rename(from, intoDir ? join(dest, basename(from)) : dest);
    } catch (error) {
      fail(ctx, `can't rename '${source}': ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};

function isLink(fs: { lstat(p: string): { type: string } }, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}
