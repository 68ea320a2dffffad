/**
 * busybox `ls [-1aAlRhdF] [path…]`: names sorted in the C locale; `-l` in busybox's
 * column layout (`drwxr-xr-x    2 root     root          4096 Nov 30 10:04 name`), owners
 * from /etc/passwd and /etc/group when present. Output is one name per line: there is
 * no terminal width to lay out columns for.
 */
import { basename, join } from '../../fs/path.ts';
import type { Stat } from '../../fs/types.ts';
import type { Program, ProcessContext } from '../../process/types.ts';
import { formatSize, lsDate, modeString, nameFor } from './format.ts';
import { abs, badOption, errorText, fail, parseArgs } from './support.ts';

function longLine(ctx: ProcessContext, path: string, shown: string, stat: Stat, human: boolean): string {
  const links = stat.type === 'dir' ? 2 : 1;
  const size = human ? formatSize(stat.size) : String(stat.size);
  let line = `${modeString(stat)} ${String(links).padStart(4)} ${nameFor(ctx, 'passwd', stat.uid).padEnd(8)} ${nameFor(ctx, 'group', stat.gid).padEnd(8)} ${size.padStart(9)} ${lsDate(stat.mtime, ctx.clock.now())} ${shown}`;
  if (stat.type === 'symlink') line += ` -> ${ctx.fs.readlink(path)}`;
  return line + '\n';
}

export const ls: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), '1aAlRhdFCx');
  if (args.bad) return badOption(ctx, args.bad);
  const f = args.flags;
  let status = 0;
  const operands = args.operands.length > 0 ? args.operands : ['.'];
  const files: string[] = [];
  const dirs: string[] = [];
  for (const operand of operands) {
    try {
      const stat = ctx.fs.lstat(abs(ctx, operand));
      const isDir = stat.type === 'dir' || (stat.type === 'symlink' && !f.has('l') && ctx.fs.stat(abs(ctx, operand)).type === 'dir');
      (isDir && !f.has('d') ? dirs : files).push(operand);
    } catch (error) {
      fail(ctx, `${operand}: ${errorText(error)}`);
      status = 1;
    }
  }
  const entry = (path: string, shown: string) => {
    const stat = ctx.fs.lstat(path);
    const suffix = f.has('F') ? (stat.type === 'dir' ? '/' : stat.type === 'symlink' ? '@' : (stat.mode & 0o111) !== 0 ? '*' : '') : '';
    ctx.stdout.write(f.has('l') ? longLine(ctx, path, shown + suffix, stat, f.has('h')) : shown + suffix + '\n');
  };
  for (const file of files.sort()) entry(abs(ctx, file), file);
  const listDir = (dir: string, label: string, header: boolean) => {
    const path = abs(ctx, dir);
    let names = ctx.fs.readdir(path);
    if (f.has('a')) names = ['.', '..', ...names];
    else if (!f.has('A')) names = names.filter((n) => !n.startsWith('.'));
    if (header) ctx.stdout.write(`${label}:\n`);
    if (f.has('l')) {
      // Blocks of 4 KiB, counted in KiB, as on ext4; symlinks take none.
      const total = names.reduce((sum, n) => {
        const stat = ctx.fs.lstat(join(path, n));
        return sum + (stat.type === 'symlink' ? 0 : Math.ceil(stat.size / 4096) * 4);
      }, 0);
      ctx.stdout.write(`total ${total}\n`);
    }
    for (const name of names) entry(join(path, name), name);
    if (f.has('R')) {
      for (const name of names) {
        if (name === '.' || name === '..') continue;
        if (ctx.fs.lstat(join(path, name)).type !== 'dir') continue;
        ctx.stdout.write('\n');
        listDir(join(dir, name), join(label, name), true);
      }
    }
  };
  dirs.sort().forEach((dir, index) => {
    if (index > 0 || files.length > 0) ctx.stdout.write('\n');
    listDir(dir, dir === '.' ? '.' : dir.replace(/\/+$/, '') || basename(dir), operands.length > 1 || f.has('R'));
  });
  return status;
};
