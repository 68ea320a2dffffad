/**
 * `set`: with no arguments list the variables; `-e`/`-x`/`-u`/`-f`/`-E` (and `+…` to turn
 * off, `-o name` including bash's `pipefail`, also inside `-Eeo pipefail`) change options; other arguments (or those after `--`) become the
 * positional parameters.
 */
import { shellQuote } from './export.ts';
import type { Builtin } from './types.ts';
import type { ShellOptions } from '../state.ts';

const letters: Record<string, keyof ShellOptions> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob', E: 'errtrace' };
const names: Record<string, keyof ShellOptions> = { errexit: 'errexit', xtrace: 'xtrace', nounset: 'nounset', noglob: 'noglob', pipefail: 'pipefail', errtrace: 'errtrace' };

export const set: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1);
  if (args.length === 0) {
    for (const name of [...sh.vars.keys()].sort()) io.stdout.write(`${name}=${shellQuote(sh.vars.get(name)!.value)}\n`);
    return 0;
  }
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      sh.positional = args.slice(i);
      return 0;
    }
    if (!/^[-+]/.test(arg) || arg.length < 2) break;
    const on = arg[0] === '-';
    for (const letter of arg.slice(1)) {
      if (letter === 'o') {
        const option = names[args[++i] ?? ''];
        if (!option) {
          sh.error(io, `set: ${args[i] ?? ''}: invalid option`);
          return 2;
        }
        sh.options[option] = on;
        continue;
      }
      const option = letters[letter];
      if (!option) {
        sh.error(io, `set: ${arg[0]}${letter}: invalid option`);
        return 2;
      }
      sh.options[option] = on;
    }
  }
  if (i < args.length) sh.positional = args.slice(i);
  return 0;
};
