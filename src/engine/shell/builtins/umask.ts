/**
 * `umask [-S] [mode]`: show the file-mode creation mask (`0022`, or `u=rwx,g=rx,o=rx`
 * with -S) or set it from an octal or symbolic mode. Entrypoints read it to decide
 * whether to tighten it (redis: `um="$(umask)"; [ "$um" = '0022' ] && umask 0077`).
 */
import { applyMode } from './chmod.ts';
import type { Builtin } from './types.ts';

function symbolic(mask: number): string {
  const allowed = ~mask & 0o777;
  const part = (shift: number) => (allowed >> shift & 4 ? 'r' : '') + (allowed >> shift & 2 ? 'w' : '') + (allowed >> shift & 1 ? 'x' : '');
  return `u=${part(6)},g=${part(3)},o=${part(0)}`;
}

export const umask: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1);
  const showSymbolic = args[0] === '-S';
  if (showSymbolic) args.shift();
  const spec = args[0];
  if (spec === undefined) {
    io.stdout.write((showSymbolic ? symbolic(sh.umask) : sh.umask.toString(8).padStart(4, '0')) + '\n');
    return 0;
  }
  if (/^[0-7]+$/.test(spec)) {
    sh.umask = parseInt(spec, 8) & 0o777;
    return 0;
  }
  const allowed = applyMode(spec, ~sh.umask & 0o777);
  if (allowed === undefined) {
    sh.error(io, `umask: invalid mode '${spec}'`);
    return 1;
  }
  sh.umask = ~allowed & 0o777;
  return 0;
};
