/** `cp [-rRaPp] source… dest`: copy files; `-r` copies directory trees; into a directory when dest is one. */
import { basename, join } from '../../fs/path.ts';
import type { FileSystem } from '../../fs/types.ts';
import type { Program } from '../../process/types.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

export function copyTree(fs: FileSystem, from: string, to: string, recursive: boolean, owner: { uid: number; gid: number }): void {
  const stat = fs.lstat(from);
  if (stat.type === 'symlink' && recursive) return fs.symlink(fs.readlink(from), to);
  const target = fs.stat(from);
  if (target.type === 'dir') {
    if (!recursive) throw new Error(`omitting directory`);
    if (!fs.exists(to)) fs.mkdir(to, { mode: target.mode, uid: owner.uid, gid: owner.gid });
    for (const name of fs.readdir(from)) copyTree(fs, join(from, name), join(to, name), recursive, owner);
    return;
  }
  fs.writeFile(to, fs.readFile(from), { mode: target.mode, uid: owner.uid, gid: owner.gid, declaredSize: target.size });
}

export const cp: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'rRaPpfivdL');
  if (args.bad) return badOption(ctx, args.bad);
  const recursive = ['r', 'R', 'a'].some((l) => args.flags.has(l));
  if (args.operands.length < 2) {
    fail(ctx, 'missing file operand');
    return 1;
  }
  const sources = args.operands.slice(0, -1);
  const dest = abs(ctx, args.operands[args.operands.length - 1]);
  const intoDir = ctx.fs.exists(dest) && ctx.fs.stat(dest).type === 'dir';
  let status = 0;
  for (const source of sources) {
    const from = abs(ctx, source);
    try {
      if (!ctx.fs.exists(from)) throw Object.assign(new Error(`can't stat '${source}': No such file or directory`), { plain: true });
      if (!recursive && ctx.fs.stat(from).type === 'dir') {
        fail(ctx, `omitting directory '${source}'`);
        status = 1;
        continue;
      }
      copyTree(ctx.fs, from, intoDir ? join(dest, basename(from)) : dest, recursive, ctx);
    } catch (error) {
      fail(ctx, error instanceof Error && 'plain' in error ? error.message : `can't create '${source}': ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
};
