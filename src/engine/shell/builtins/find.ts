/** `find [path…] [-name PAT] [-iname PAT] [-type f|d|l] [-maxdepth N] [-mindepth N]`: walk directory trees. */
import { join } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';
import { matchPattern } from '../glob.ts';
import { abs, errorText, fail } from './support.ts';

export const find: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const roots: string[] = [];
  while (args.length > 0 && !args[0].startsWith('-')) roots.push(args.shift()!);
  const tests: ((path: string, name: string, depth: number) => boolean)[] = [];
  let maxDepth = Infinity;
  let minDepth = 0;
  while (args.length > 0) {
    const option = args.shift()!;
    const value = args.shift() ?? '';
    if (option === '-name') tests.push((_, name) => matchPattern(value, name));
    else if (option === '-iname') tests.push((_, name) => matchPattern(value.toLowerCase(), name.toLowerCase()));
    else if (option === '-type') {
      const type = { f: 'file', d: 'dir', l: 'symlink' }[value];
      tests.push((path) => ctx.fs.lstat(path).type === type);
    } else if (option === '-maxdepth') maxDepth = Number(value);
    else if (option === '-mindepth') minDepth = Number(value);
    else {
      fail(ctx, `unrecognized: ${option}`);
      return 1;
    }
  }
  let status = 0;
  const visit = (path: string, shown: string, depth: number) => {
    const name = shown.slice(shown.lastIndexOf('/') + 1) || shown;
    if (depth >= minDepth && tests.every((t) => t(path, name, depth))) ctx.stdout.write(shown + '\n');
    if (depth >= maxDepth || ctx.fs.lstat(path).type !== 'dir') return;
    for (const child of ctx.fs.readdir(path)) visit(join(path, child), shown.endsWith('/') ? shown + child : `${shown}/${child}`, depth + 1);
  };
  for (const root of roots.length > 0 ? roots : ['.']) {
    try {
      ctx.fs.lstat(abs(ctx, root));
      visit(abs(ctx, root), root, 0);
    } catch (error) {
      fail(ctx, `${root}: ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};
