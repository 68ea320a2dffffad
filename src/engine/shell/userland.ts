/**
 * The programs a container's placeholder binaries stand for: every coreutil as a
 * standalone Program, busybox as a multi-call binary (`/bin/ls` → busybox dispatches on
 * basename(argv[0]); `busybox ls` works too), and the shell under sh/ash/bash/dash.
 * `createUserland` is the ProgramResolver the container runtime starts processes with;
 * it adds its own programs (nginx, hello…) through `extra`.
 */
import type { ProgramResolver } from '../process/runtime.ts';
import type { Program } from '../process/types.ts';
import { awk } from './builtins/awk/index.ts';
import { basename } from './builtins/basename.ts';
import { cat } from './builtins/cat.ts';
import { chmod } from './builtins/chmod.ts';
import { chown } from './builtins/chown.ts';
import { clear } from './builtins/clear.ts';
import { cp } from './builtins/cp.ts';
import { curl } from './builtins/curl.ts';
import { cut } from './builtins/cut.ts';
import { date } from './builtins/date.ts';
import { df } from './builtins/df.ts';
import { dirname } from './builtins/dirname.ts';
import { du } from './builtins/du.ts';
import { echo } from './builtins/echo.ts';
import { env } from './builtins/env.ts';
import { falseProgram } from './builtins/false.ts';
import { find } from './builtins/find.ts';
import { grep } from './builtins/grep.ts';
import { head } from './builtins/head.ts';
import { hostname } from './builtins/hostname.ts';
import { id } from './builtins/id.ts';
import { kill } from './builtins/kill.ts';
import { ln } from './builtins/ln.ts';
import { ls } from './builtins/ls.ts';
import { mkdir } from './builtins/mkdir.ts';
import { mv } from './builtins/mv.ts';
import { printenv } from './builtins/printenv.ts';
import { printf } from './builtins/printf.ts';
import { ps } from './builtins/ps.ts';
import { pwd } from './builtins/pwd.ts';
import { rm } from './builtins/rm.ts';
import { seq } from './builtins/seq.ts';
import { sleep } from './builtins/sleep.ts';
import { sort } from './builtins/sort.ts';
import { tail } from './builtins/tail.ts';
import { tee } from './builtins/tee.ts';
import { test } from './builtins/test.ts';
import { touch } from './builtins/touch.ts';
import { tr } from './builtins/tr.ts';
import { trueProgram } from './builtins/true.ts';
import { uname } from './builtins/uname.ts';
import { uniq } from './builtins/uniq.ts';
import { wc } from './builtins/wc.ts';
import { wget } from './builtins/wget.ts';
import { which } from './builtins/which.ts';
import { whoami } from './builtins/whoami.ts';
import { xargs } from './builtins/xargs.ts';
import { shellProgram } from './program.ts';
import type { ShellConfig } from './state.ts';

/** Every coreutil by applet name. */
export function coreutilPrograms(): Record<string, Program> {
  return {
    awk, basename, cat, chmod, chown, clear, cp, cut, date, df, dirname, du, echo, env, false: falseProgram, find, grep, head, hostname, id, kill, ln, ls, mkdir, mv,
    printenv, printf, ps, pwd, rm, seq, sleep, sort, tail, tee, test, '[': test, '[[': test, touch, tr, true: trueProgram, uname, uniq, wc, wget, which, whoami, xargs,
  };
}

const shellNames = ['sh', 'ash', 'bash', 'dash'];

/** A multi-call binary: runs the applet named by basename(argv[0]), or by argv[1] when called as itself. */
export function multiCall(name: string, applets: Record<string, Program>): Program {
  return async (ctx) => {
    const argv0 = ctx.argv[0] ?? name;
    let applet = argv0.slice(argv0.lastIndexOf('/') + 1);
    let argv = ctx.argv;
    if (applet === name) {
      argv = ctx.argv.slice(1);
      applet = argv[0] ?? '';
      if (applet === '' || applet === '--help' || applet === '--list') {
        ctx.stdout.write(Object.keys(applets).sort().join('\n') + '\n');
        return applet === '' || applet === '--help' ? 1 : 0;
      }
    }
    const program = applets[applet];
    if (!program) {
      ctx.stderr.write(`${applet}: applet not found\n`);
      return 127;
    }
    return program(argv === ctx.argv ? ctx : { ...ctx, argv });
  };
}

/** All the programs of the userland by placeholder name. */
export function userlandPrograms(shell: ShellConfig = {}): Record<string, Program> {
  const applets: Record<string, Program> = { ...coreutilPrograms() };
  for (const name of shellNames) applets[name] = shellProgram(shell);
  // curl is its own binary (not a busybox applet): images that install it have /usr/bin/curl.
  return { ...applets, curl, busybox: multiCall('busybox', applets), coreutils: multiCall('coreutils', applets) };
}

/**
 * The resolver for container processes: userland programs plus `extra` (which wins on a clash).
 * @example startProcess({ ...options, resolve: createUserland({ nginx }) })
 */
export function createUserland(extra: Record<string, Program> = {}): ProgramResolver {
  const programs = { ...userlandPrograms(), ...extra };
  return (name) => (Object.hasOwn(programs, name) ? programs[name] : undefined);
}
