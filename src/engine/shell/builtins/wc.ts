/** `wc [-lwc] [file…]`: line, word and byte counts, busybox's column layout. */
import type { Program } from '../../process/types.ts';
import { badOption, parseArgs, readInputs } from './support.ts';

export const wc: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'lwcmL');
  if (args.bad) return badOption(ctx, args.bad);
  const f = args.flags;
  const chosen = f.size === 0 ? ['l', 'w', 'c'] : ['l', 'w', 'c', 'm'].filter((l) => f.has(l));
  const totals = { l: 0, w: 0, c: 0, m: 0 };
  const line = (counts: Record<string, number>, file?: string) => {
    const cols = chosen.map((l) => (chosen.length === 1 ? String(counts[l]) : String(counts[l]).padStart(7)));
    ctx.stdout.write(cols.join(' ') + (file ? ` ${file}` : '') + '\n');
  };
  const status = await readInputs(ctx, args.operands, (text, file) => {
    const counts = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter((w) => w !== '').length, c: new TextEncoder().encode(text).length, m: [...text].length };
    for (const key of ['l', 'w', 'c', 'm'] as const) totals[key] += counts[key];
    line(counts, file === '-' ? undefined : file);
  });
  if (args.operands.length > 1) line(totals, 'total');
  return status;
};
