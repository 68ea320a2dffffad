/** `uniq [-cdu] [file]`: collapse adjacent duplicate lines. */
import type { Program } from '../../process/types.ts';
import { badOption, linesOf, parseArgs, readInputs } from './support.ts';

export const uniq: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'cdui');
  if (args.bad) return badOption(ctx, args.bad);
  const f = args.flags;
  return readInputs(ctx, args.operands.slice(0, 1), (text) => {
    const groups: { line: string; count: number }[] = [];
    for (const line of linesOf(text)) {
      const last = groups[groups.length - 1];
      const same = last && (f.has('i') ? last.line.toLowerCase() === line.toLowerCase() : last.line === line);
      if (same) last.count++;
      else groups.push({ line, count: 1 });
    }
    for (const g of groups) {
      if ((f.has('d') && g.count < 2) || (f.has('u') && g.count > 1)) continue;
      ctx.stdout.write((f.has('c') ? `${String(g.count).padStart(7)} ` : '') + g.line + '\n');
    }
  });
};
