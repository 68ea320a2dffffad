/**
 * `getopts optstring name [arg…]`: POSIX option parsing for shell scripts (Debian's
 * `which` is one). Each call puts the next option letter in `name` (`?` for an unknown
 * one, `:` for a missing argument when optstring starts with `:`), its argument in
 * OPTARG, and advances OPTIND; it returns 1 when the options end. Where inside a
 * bundle (`-ab`) it stands is kept beside OPTIND, as shells do.
 */
import type { Builtin } from './types.ts';

export const getopts: Builtin = async (sh, argv, io) => {
  const [, optstring, name, ...given] = argv;
  if (optstring === undefined || name === undefined) {
    sh.error(io, 'getopts: usage: getopts optstring name [arg ...]');
    return 2;
  }
  const args = given.length > 0 ? given : sh.positional;
  const silent = optstring.startsWith(':');
  let index = Number(sh.get('OPTIND') ?? '1') || 1;
  if (index !== sh.optind) sh.optpos = 1;
  const arg = args[index - 1];
  if (arg === undefined || arg === '--' || !arg.startsWith('-') || arg === '-') {
    if (arg === '--') index++;
    sh.set('OPTIND', String(index));
    sh.optind = index;
    sh.set(name, '?');
    return 1;
  }
  const letter = arg[sh.optpos];
  sh.optpos++;
  const at = optstring.indexOf(letter);
  sh.unset('OPTARG');
  if (at < 0 || letter === ':') {
    if (silent) sh.set('OPTARG', letter);
    else io.stderr.write(`${sh.errorPrefix()}: illegal option -- ${letter}\n`);
    sh.set(name, '?');
  } else if (optstring[at + 1] === ':') {
    const value = sh.optpos < arg.length ? arg.slice(sh.optpos) : args[index];
    if (value === undefined) {
      if (silent) {
        sh.set(name, ':');
        sh.set('OPTARG', letter);
      } else {
        io.stderr.write(`${sh.errorPrefix()}: option requires an argument -- ${letter}\n`);
        sh.set(name, '?');
      }
      index++;
    } else {
      sh.set('OPTARG', value);
      sh.set(name, letter);
      index += sh.optpos < arg.length ? 1 : 2;
    }
    sh.optpos = arg.length;
  } else sh.set(name, letter);
  if (sh.optpos >= arg.length && !(at >= 0 && optstring[at + 1] === ':')) index++;
  if (sh.optpos >= arg.length) sh.optpos = 1;
  sh.set('OPTIND', String(index));
  sh.optind = index;
  return 0;
};
