/** `mkdir [-p] [-m mode] dir…`: create directories; `-p` creates parents and accepts existing ones. */
import { FsError } from '../../fs/types.ts';
import type { Program } from '../../process/types.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

export const mkdir: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'pv', 'm');
  if (args.bad) return badOption(ctx, args.bad);
  const mode = args.values.has('m') ? parseInt(args.values.get('m')!, 8) : 0o755;
  let status = 0;
  for (const dir of args.operands) {
    try {
      const path = abs(ctx, dir);
      if (args.flags.has('p') && ctx.fs.exists(path) && ctx.fs.stat(path).type === 'dir') continue;
      ctx.fs.mkdir(path, { recursive: args.flags.has('p'), mode, uid: ctx.uid, gid: ctx.gid });
    } catch (error) {
      fail(ctx, `can't create directory '${dir}': ${error instanceof FsError ? error.message : errorText(error)}`);
      status = 1;
    }
  }
  return status;
};
