/** `cat [-n] [file…]`: concatenate files (or stdin) to stdout. */
import type { Program } from '../../process/types.ts';
import { badOption, linesOf, parseArgs, readInputs } from './support.ts';

export const cat: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'nuvteA');
  if (args.bad) return badOption(ctx, args.bad);
  let n = 0;
  return readInputs(ctx, args.operands, (text) => {
    if (!args.flags.has('n')) return ctx.stdout.write(text);
    const numbered = linesOf(text).map((line) => `${String(++n).padStart(6)}\t${line}\n`);
    ctx.stdout.write(numbered.join(''));
  });
};
