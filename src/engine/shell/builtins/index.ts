/**
 * The shell's builtin table. Special builtins (POSIX's list: their assignments stick,
 * they are found before functions) and regular ones, which include ash's builtin
 * versions of `echo`, `printf`, `test`/`[`, `true`, `false`, `pwd` and `kill`: those run
 * the coreutil Program inside the shell process.
 */
import { runInline } from '../inline.ts';
import type { Program } from '../../process/types.ts';
import { breakBuiltin, continueBuiltin } from './break.ts';
import { cd } from './cd.ts';
import { declare } from './declare.ts';
import { colon } from './colon.ts';
import { command } from './command.ts';
import { echo } from './echo.ts';
import { evalBuiltin } from './eval.ts';
import { exec } from './exec.ts';
import { exit } from './exit.ts';
import { exportBuiltin } from './export.ts';
import { getopts } from './getopts.ts';
import { falseProgram } from './false.ts';
import { kill } from './kill.ts';
import { local } from './local.ts';
import { printf } from './printf.ts';
import { pwd } from './pwd.ts';
import { read } from './read.ts';
import { returnBuiltin } from './return.ts';
import { set } from './set.ts';
import { shift } from './shift.ts';
import { source } from './source.ts';
import { test } from './test.ts';
import { trueProgram } from './true.ts';
import { type } from './type.ts';
import type { Builtin } from './types.ts';
import { umask } from './umask.ts';
import { unset } from './unset.ts';
import { wait } from './wait.ts';

const inline =
  (program: Program): Builtin =>
  (sh, argv, io) =>
    runInline(sh, program, argv, sh.environment(), io);

export const specialBuiltins: Record<string, Builtin> = {
  ':': colon,
  '.': source,
  source,
  break: breakBuiltin,
  continue: continueBuiltin,
  eval: evalBuiltin,
  exec,
  exit,
  export: exportBuiltin,
  return: returnBuiltin,
  set,
  shift,
  unset,
  local,
  declare,
  typeset: declare,
};

export const regularBuiltins: Record<string, Builtin> = {
  cd,
  read,
  type,
  command,
  wait,
  echo: inline(echo),
  printf: inline(printf),
  test: inline(test),
  '[': inline(test),
  true: inline(trueProgram),
  false: inline(falseProgram),
  pwd: inline(pwd),
  kill: inline(kill),
  umask,
  getopts,
};
