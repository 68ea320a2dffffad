/** `basename path [suffix]`: the last component, with the suffix removed. */
import { basename as base } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';

export const basename: Program = async (ctx) => {
  const [path, suffix] = ctx.argv.slice(1);
  if (path === undefined) {
    ctx.stderr.write('basename: missing operand\n');
    return 1;
  }
  let name = base(path);
  if (suffix && name !== suffix && name.endsWith(suffix)) name = name.slice(0, -suffix.length);
  ctx.stdout.write(name + '\n');
  return 0;
};
