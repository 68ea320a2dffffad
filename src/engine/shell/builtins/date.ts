/**
 * `date [-u] [+FORMAT]`: the virtual clock, always UTC (containers have no TZ data by
 * default): `Mon Nov 30 10:04:05 UTC 2026`, or strftime-style `+%Y-%m-%d %H:%M:%S`.
 */
import type { Program } from '../../process/types.ts';
import { days, months } from './format.ts';

const two = (n: number) => String(n).padStart(2, '0');

export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  const fields: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    y: () => two(d.getUTCFullYear() % 100),
    m: () => two(d.getUTCMonth() + 1),
    d: () => two(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => two(d.getUTCHours()),
    M: () => two(d.getUTCMinutes()),
    S: () => two(d.getUTCSeconds()),
    a: () => days[d.getUTCDay()],
    A: () => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()],
    b: () => months[d.getUTCMonth()],
    h: () => months[d.getUTCMonth()],
    Z: () => 'UTC',
    z: () => '+0000',
    s: () => String(Math.floor(ms / 1000)),
    N: () => String((ms % 1000) * 1_000_000).padStart(9, '0'),
    j: () => String(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400_000) + 1).padStart(3, '0'),
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  fields.F = () => `${fields.Y()}-${fields.m()}-${fields.d()}`;
  fields.T = () => `${fields.H()}:${fields.M()}:${fields.S()}`;
  fields.D = () => `${fields.m()}/${fields.d()}/${fields.y()}`;
  fields.c = () => `${fields.a()} ${fields.b()} ${fields.e()} ${fields.T()} ${fields.Y()}`;
  return format.replace(/%(.)/g, (match, letter: string) => (fields[letter] ? fields[letter]() : match));
}

export const date: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '-u' && a !== '-R');
  const format = args.find((a) => a.startsWith('+'));
  const other = args.find((a) => !a.startsWith('+'));
  if (other !== undefined) {
    ctx.stderr.write(`date: can't set date: Operation not permitted\n`);
    return 1;
  }
  ctx.stdout.write(formatDate(ctx.clock.now(), format ? format.slice(1) : '%a %b %e %H:%M:%S %Z %Y') + '\n');
  return 0;
};
