/**
 * `grep [-ivncqlrEFwxh] PATTERN [file…]`: basic regular expressions are translated to
 * JavaScript ones (`\(`, `\|`, `\{` become groups, alternation, counts); `-E` takes the
 * pattern as is. Status 0 if a line matched, 1 if none, 2 on error.
 */
import { join } from '../../fs/path.ts';
import type { Program } from '../../process/types.ts';
import { abs, badOption, fail, linesOf, parseArgs, readInputs } from './support.ts';

function fromBasic(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i];
      out += '(){}|+?'.includes(next) ? next : '\\' + next;
    } else out += '(){}|+?'.includes(c) ? '\\' + c : c;
  }
  return out;
}

export const grep: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'ivncqlrREFwxhHso', 'e');
  if (args.bad) return badOption(ctx, args.bad);
  const f = args.flags;
  const pattern = args.values.get('e') ?? args.operands.shift();
  if (pattern === undefined) {
    fail(ctx, 'usage: grep [-ivncqlrEF] PATTERN [FILE]...');
    return 2;
  }
  let source = f.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : f.has('E') ? pattern : fromBasic(pattern);
  if (f.has('w')) source = `\\b(?:${source})\\b`;
  if (f.has('x')) source = `^(?:${source})$`;
  let regex: RegExp;
  try {
    regex = new RegExp(source, f.has('i') ? 'i' : '');
  } catch {
    fail(ctx, `bad regex '${pattern}'`);
    return 2;
  }
  let files = args.operands;
  if (f.has('r') || f.has('R')) {
    const walk = (path: string, shown: string): string[] => {
      const stat = ctx.fs.stat(abs(ctx, path));
      if (stat.type !== 'dir') return [shown];
      return ctx.fs.readdir(abs(ctx, path)).flatMap((name) => walk(join(path, name), shown === '.' ? name : `${shown.replace(/\/$/, '')}/${name}`));
    };
    files = (files.length === 0 ? ['.'] : files).flatMap((p) => (ctx.fs.exists(abs(ctx, p)) ? walk(p, p) : [p]));
  }
  const showNames = (files.length > 1 || f.has('r') || f.has('R') || f.has('H')) && !f.has('h');
  let matched = false;
  const status = await readInputs(ctx, files, (text, file) => {
    const name = file === '-' ? '(standard input)' : file;
    let count = 0;
    linesOf(text).forEach((line, index) => {
      if (regex.test(line) === f.has('v')) return;
      count++;
      matched = true;
      if (f.has('q') || f.has('l') || f.has('c')) return;
      const prefix = (showNames ? `${name}:` : '') + (f.has('n') ? `${index + 1}:` : '');
      if (f.has('o')) for (const m of line.match(new RegExp(regex.source, regex.flags + 'g')) ?? []) ctx.stdout.write(prefix + m + '\n');
      else ctx.stdout.write(prefix + line + '\n');
    });
    if (f.has('c') && !f.has('q')) ctx.stdout.write((showNames ? `${name}:` : '') + count + '\n');
    if (f.has('l') && count > 0 && !f.has('q')) ctx.stdout.write(name + '\n');
  });
  if (status !== 0 && !f.has('s')) return 2;
  return matched ? 0 : 1;
};
