/** `du [-s] [-h] [-a] [path…]`: disk usage from each file's size, in 4 KiB blocks as on ext4, shown in KiB. */
import { join } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';
import { formatSize } from './format.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

export const du: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'shakmc');
  if (args.bad) return badOption(ctx, args.bad);
  const f = args.flags;
  const show = (bytes: number, shown: string) => ctx.stdout.write(`${f.has('h') ? formatSize(bytes) : String(Math.ceil(bytes / 1024))}\t${shown}\n`);
  const walk = (path: string, shown: string, top: boolean): number => {
    const stat = ctx.fs.lstat(path);
    let blocks = stat.type === 'symlink' ? 0 : Math.ceil(stat.size / 4096) * 4096;
    if (stat.type === 'dir') {
      for (const name of ctx.fs.readdir(path)) blocks += walk(join(path, name), `${shown.replace(/\/$/, '')}/${name}`, false);
      if (!f.has('s') || top) show(blocks, shown);
    } else if (top || (f.has('a') && !f.has('s'))) show(blocks, shown);
    return blocks;
  };
  let status = 0;
  for (const target of args.operands.length > 0 ? args.operands : ['.']) {
    try {
      walk(abs(ctx, target), target, true);
    } catch (error) {
      fail(ctx, `${target}: ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};
