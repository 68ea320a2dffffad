/**
 * `set`: with no arguments list the variables; `-e`/`-x`/`-u`/`-f` (and `+…` to turn
 * off, `-o name`) change options; other arguments (or those after `--`) become the
 * positional parameters.
 */
import { shellQuote } from './export.ts';
import type { Builtin } from './types.ts';
import type { ShellOptions } from '../state.ts';

const letters: Record<string, keyof ShellOptions> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob' };
const names: Record<string, keyof ShellOptions> = { errexit: 'errexit', xtrace: 'xtrace', nounset: 'nounset', noglob: 'noglob' };

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
    if (arg.slice(1) === 'o') {
      const option = names[args[++i] ?? ''];
      if (option) sh.options[option] = on;
      else if (args[i] === 'pipefail') continue;
      else {
        sh.error(io, `set: ${args[i] ?? ''}: invalid option`);
        return 2;
      }
      continue;
    }
    for (const letter of arg.slice(1)) {
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
