/** `printenv [NAME…]`: print the environment or the named variables (status 1 if one is unset). */
import type { Program } from '../../process/types.ts';

export const printenv: Program = async (ctx) => {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    ctx.stdout.write(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  let status = 0;
  for (const name of names) {
    if (name in ctx.env) ctx.stdout.write(ctx.env[name] + '\n');
    else status = 1;
  }
  return status;
};
