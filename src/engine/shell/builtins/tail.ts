/** `tail [-n N|+N] [file…]`: the last N lines (10 by default); `+N` from line N on. `-f` is not simulated. */
import type { Program } from '../../process/types.ts';
import { badOption, linesOf, parseArgs, readInputs } from './support.ts';

export const tail: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'qvfF', 'nc', 'n');
  if (args.bad) return badOption(ctx, args.bad);
  const spec = args.values.get('n') ?? '10';
  const many = args.operands.length > 1;
  let first = true;
  return readInputs(ctx, args.operands, (text, file) => {
    if (many) ctx.stdout.write(`${first ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n`);
    first = false;
    if (args.values.has('c')) return ctx.stdout.write(text.slice(-Number(args.values.get('c'))));
    const lines = linesOf(text);
    const kept = spec.startsWith('+') ? lines.slice(Math.max(0, Number(spec.slice(1)) - 1)) : lines.slice(Math.max(0, lines.length - Math.abs(Number(spec))));
    ctx.stdout.write(kept.map((l) => l + '\n').join(''));
  });
};
