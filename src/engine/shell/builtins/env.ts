/**
 * `env [-i] [-u NAME] [NAME=value…] [cmd args…]`: print the environment, or run cmd with
 * a changed one. Like coreutils and busybox env it execs cmd in place (same pid), which
 * matters for `#!/usr/bin/env bash` entrypoints that must stay PID 1.
 */
import type { Program } from '../../process/types.ts';

export const env: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let vars: Record<string, string> = { ...ctx.env };
  while (args.length > 0) {
    if (args[0] === '-i' || args[0] === '-') {
      vars = {};
      args.shift();
    } else if (args[0] === '-u') {
      args.shift();
      delete vars[args.shift() ?? ''];
    } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(args[0])) {
      const assignment = args.shift()!;
      const eq = assignment.indexOf('=');
      vars[assignment.slice(0, eq)] = assignment.slice(eq + 1);
    } else break;
  }
  if (args.length === 0) {
    ctx.stdout.write(Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  return ctx.exec ? ctx.exec(args, { env: vars }) : ctx.spawn(args, { env: vars });
};
