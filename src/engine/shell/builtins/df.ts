/**
 * `df [-h]`: one overlay filesystem for the container root. The simulator has no real
 * disk: sizes are a fixed 60 GiB virtual disk with usage summed from the root's files,
 * which is honest about what is in the container and nothing more.
 */
import { join } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';
import { formatSize } from './format.ts';

const diskBytes = 60 * 1024 ** 3;

export const df: Program = async (ctx) => {
  const human = ctx.argv.slice(1).some((a) => a.includes('h'));
  const usage = (path: string): number => {
    const stat = ctx.fs.lstat(path);
    if (stat.type !== 'dir') return stat.size;
    return ctx.fs.readdir(path).reduce((sum, name) => sum + usage(join(path, name)), 4096);
  };
  const used = usage('/');
  const cells = [used, diskBytes - used].map((b) => (human ? formatSize(b) : String(Math.ceil(b / 1024))));
  const total = human ? formatSize(diskBytes) : String(diskBytes / 1024);
  const percent = `${Math.ceil((used / diskBytes) * 100)}%`;
  ctx.stdout.write(`Filesystem           ${human ? '     Size' : '1K-blocks'}      Used Available Use% Mounted on\n`);
  ctx.stdout.write(`overlay              ${total.padStart(9)} ${cells[0].padStart(9)} ${cells[1].padStart(9)} ${percent.padStart(4)} /\n`);
  return 0;
};
