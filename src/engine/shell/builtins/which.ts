/** `which name…`: the path of each executable found on PATH (status 1 if any is missing). */
import { resolveExecutable } from '../../process/resolve.ts';
import type { Program } from '../../process/types.ts';

export const which: Program = async (ctx) => {
  let status = 0;
  for (const name of ctx.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const found = resolveExecutable(ctx.fs, name, ctx.env, ctx.cwd);
    if (found.ok || found.reason === 'no-program') ctx.stdout.write((found.ok ? found.path : found.path) + '\n');
    else status = 1;
  }
  return status;
};
