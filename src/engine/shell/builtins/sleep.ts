/** `sleep N[smhd]…`: wait in virtual time (the host advances the clock; nothing waits for real). */
import type { Program } from '../../process/types.ts';

const units: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3600_000, d: 86400_000 };

export const sleep: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.stderr.write('sleep: missing operand\n');
    return 1;
  }
  let total = 0;
  for (const arg of args) {
    const m = /^([0-9]*\.?[0-9]+)([smhd]?)$/.exec(arg);
    if (!m) {
      ctx.stderr.write(`sleep: invalid number '${arg}'\n`);
      return 1;
    }
    total += Number(m[1]) * units[m[2]];
  }
  await ctx.sleep(Math.round(total));
  return 0;
};
