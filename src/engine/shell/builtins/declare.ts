/**
 * bash's `declare`/`typeset [-aAgilrux] [name[=value]…]`: inside a function a declared
 * name is local unless `-g`; `-x` exports, `-a` makes an (empty) indexed array; `-p`
 * prints declarations. Other attributes (integer, case, readonly) are accepted and not
 * enforced — honest enough for entrypoint scripts, which use `declare -g`.
 */
import { shellQuote } from './export.ts';
import { local } from './local.ts';
import type { Builtin } from './types.ts';

export const declare: Builtin = async (sh, argv, io) => {
  const flags = new Set<string>();
  const names: string[] = [];
  for (const arg of argv.slice(1)) {
    if (/^[-+][a-zA-Z]+$/.test(arg)) for (const letter of arg.slice(1)) flags.add(letter);
    else names.push(arg);
  }
  if (names.length === 0 || flags.has('p')) {
    const shown = names.length > 0 ? names : [...sh.vars.keys(), ...sh.arrays.keys()].sort();
    for (const name of shown) {
      const array = sh.arrays.get(name);
      if (array) io.stdout.write(`declare -a ${name}=(${array.map((v, i) => `[${i}]="${v}"`).join(' ')})\n`);
      else if (sh.vars.has(name)) io.stdout.write(`declare ${sh.vars.get(name)!.exported ? '-x' : '--'} ${name}=${shellQuote(sh.vars.get(name)!.value)}\n`);
    }
    return 0;
  }
  if (sh.locals.length > 0 && !flags.has('g')) await local(sh, ['local', ...names], io);
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      sh.error(io, `declare: \`${arg}': not a valid identifier`);
      return 1;
    }
    if (flags.has('a') && eq < 0 && !sh.arrays.has(name)) sh.arrays.set(name, []);
    else if (eq >= 0) sh.set(name, arg.slice(eq + 1));
    else if (!sh.vars.has(name) && !sh.arrays.has(name) && !flags.has('a')) sh.set(name, '');
    if (flags.has('x') && sh.vars.has(name)) sh.vars.get(name)!.exported = true;
  }
  return 0;
};
