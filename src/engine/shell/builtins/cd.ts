/** `cd [dir|-]`: change the shell's working directory (logically, like ash), keep PWD/OLDPWD. */
import { FsError } from '../../fs/types.ts';
import { resolve } from '../../fs/path.ts';
import type { Builtin } from './types.ts';

export const cd: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '-L' && a !== '-P');
  let target = args[0] ?? sh.get('HOME') ?? '/';
  const dash = target === '-';
  if (dash) target = sh.get('OLDPWD') ?? sh.cwd;
  const path = resolve(sh.cwd, target);
  let why: string | undefined;
  try {
    if (sh.fs.stat(path).type !== 'dir') why = 'Not a directory';
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    why = error.message;
  }
  if (why) {
    sh.error(io, sh.config.style === 'bash' ? `cd: ${target}: ${why}` : `cd: can't cd to ${target}: ${why}`);
    return sh.config.style === 'bash' ? 1 : 2;
  }
  sh.set('OLDPWD', sh.cwd, true);
  sh.cwd = path;
  sh.set('PWD', path, true);
  if (dash) io.stdout.write(path + '\n');
  return 0;
};
