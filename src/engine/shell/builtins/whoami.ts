/** `whoami`: the user name of the current uid, from /etc/passwd. */
import type { Program } from '../../process/types.ts';
import { readDb } from './format.ts';

export const whoami: Program = async (ctx) => {
  const entry = readDb(ctx, 'passwd').find((e) => Number(e[2]) === ctx.uid);
  if (!entry && ctx.uid !== 0) {
    ctx.stderr.write(`whoami: unknown uid ${ctx.uid}\n`);
    return 1;
  }
  ctx.stdout.write((entry?.[0] ?? 'root') + '\n');
  return 0;
};
