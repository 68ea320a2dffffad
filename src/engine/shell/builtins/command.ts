/**
 * `command -v name` prints how a name would run (its path, or the name for builtins and
 * functions); `command name args` runs it bypassing functions.
 */
import { dispatch } from '../command.ts';
import type { Builtin } from './types.ts';
import { lookupCommand, type } from './type.ts';

export const command: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1);
  const flag = args[0];
  if (flag === '-v' || flag === '-V') {
    if (flag === '-V') return type(sh, ['type', ...args.slice(1)], io);
    let status = 0;
    for (const name of args.slice(1)) {
      const found = lookupCommand(sh, name);
      if (found.kind === 'file') io.stdout.write(found.path + '\n');
      else if (found.kind !== 'none') io.stdout.write(name + '\n');
      else status = 1;
    }
    return status;
  }
  if (flag === '-p' || flag === '--') args.shift();
  if (args.length === 0) return 0;
  return dispatch(sh, args, [], io, true);
};
