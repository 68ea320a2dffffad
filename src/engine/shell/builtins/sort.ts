/** `sort [-rnufV] [-t SEP -k N] [file…]`: sort lines (C locale, by code point; -V by version: `2.sh` before `10.sh`). */
import type { Program } from '../../process/types.ts';
import { badOption, linesOf, parseArgs, readInputs } from './support.ts';

export const sort: Program = async (ctx) => {
  const args = parseArgs(ctx.argv.slice(1), 'rnufbsV', 'tko');
  if (args.bad) return badOption(ctx, args.bad);
  const f = args.flags;
  const lines: string[] = [];
  const status = await readInputs(ctx, args.operands, (text) => void lines.push(...linesOf(text)));
  const sep = args.values.get('t');
  const field = Number((args.values.get('k') ?? '0').split(/[,.]/)[0]);
  const keyOf = (line: string) => {
    let key = field > 0 ? (sep !== undefined ? line.split(sep) : line.trim().split(/\s+/)).slice(field - 1).join(sep ?? ' ') : line;
    if (f.has('f')) key = key.toUpperCase();
    return key;
  };
  const compare = (a: string, b: string) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    if (f.has('n')) {
      const diff = (parseFloat(ka) || 0) - (parseFloat(kb) || 0);
      if (diff !== 0) return diff;
    } else if (f.has('V')) {
      const diff = compareVersions(ka, kb);
      if (diff !== 0) return diff;
    } else if (ka !== kb) return ka < kb ? -1 : 1;
    return f.has('s') ? 0 : a < b ? -1 : a > b ? 1 : 0;
  };
  let sorted = lines.sort(compare);
  if (f.has('r')) sorted.reverse();
  if (f.has('u')) sorted = sorted.filter((line, i) => i === 0 || compare(sorted[i - 1], line) !== 0);
  ctx.stdout.write(sorted.map((l) => l + '\n').join(''));
  return status;
};

/** Version order as GNU's filevercmp, simplified: digit runs compare as numbers, other runs by code point. */
export function compareVersions(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const [ca, cb] = [chunks(a), chunks(b)];
  for (let i = 0; i < Math.max(ca.length, cb.length); i++) {
    const [x, y] = [ca[i], cb[i]];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    const diff = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (diff !== 0) return diff;
  }
  return 0;
}
