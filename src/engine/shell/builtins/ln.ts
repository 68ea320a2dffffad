/**
 * `ln [-sf] target link` (or into a directory): `-s` makes symbolic links. Hard links are
 * not simulated (the filesystem has no inode sharing): plain `ln` copies the file and says so.
 */
import { basename, join } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';
import { copyTree } from './cp.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

export const ln: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'sfnTv');
  if (args.bad) return badOption(ctx, args.bad);
  const [target, linkArg] = args.operands;
  if (target === undefined) {
    fail(ctx, 'missing file operand');
    return 1;
  }
  let link = abs(ctx, linkArg ?? basename(target));
  if (ctx.fs.exists(link) && ctx.fs.stat(link).type === 'dir' && !args.flags.has('n')) link = join(link, basename(target));
  try {
    if (args.flags.has('f') && (ctx.fs.exists(link) || isLink(ctx, link))) ctx.fs.rm(link, { force: true });
    if (args.flags.has('s')) ctx.fs.symlink(target, link);
    else copyTree(ctx.fs, abs(ctx, target), link, false, ctx);
  } catch (error) {
    fail(ctx, `${linkArg ?? target}: ${errorText(error)}`);
    return 1;
  }
  return 0;
};

function isLink(ctx: { fs: { lstat(p: string): unknown } }, path: string): boolean {
  try {
    ctx.fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
