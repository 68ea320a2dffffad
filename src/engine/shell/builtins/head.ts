/** `head [-n N] [file…]`: the first N lines (10 by default); `-n -N` all but the last N. */
import { lineReader } from '../../process/lines.ts';
import type { Program } from '../../process/types.ts';
import { badOption, linesOf, parseArgs, readInputs } from './support.ts';

export const head: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'qv', 'nc', 'n');
  if (args.bad) return badOption(ctx, args.bad);
  const spec = args.values.get('n') ?? '10';
  const n = Number(spec);
  const many = args.operands.length > 1;
  let first = true;
  if (args.operands.length === 0 && !args.values.has('c') && n >= 0 && !spec.startsWith('-')) {
    // Read only the lines needed, so `producer | head -n 1` ends the pipeline early.
    const reader = lineReader(ctx.stdin);
    for (let i = 0; i < n; i++) {
      const line = await reader.readLine();
      if (line === null) break;
      ctx.stdout.write(line + '\n');
    }
    return 0;
  }
  return readInputs(ctx, args.operands, (text, file) => {
    if (many) ctx.stdout.write(`${first ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n`);
    first = false;
    if (args.values.has('c')) return ctx.stdout.write(text.slice(0, Number(args.values.get('c'))));
    const lines = linesOf(text);
    const kept = n < 0 || spec.startsWith('-') ? lines.slice(0, Math.max(0, lines.length + n)) : lines.slice(0, n);
    ctx.stdout.write(kept.map((l) => l + '\n').join(''));
  });
};
