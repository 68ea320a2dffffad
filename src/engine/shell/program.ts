/**
 * `sh` as a Program: `sh -c 'script' [arg0 [args…]]`, `sh script.sh [args…]`, or a
 * script on stdin; options `-e -x -u -f` as for `set`. Registered as sh, ash, bash and
 * dash: one POSIX dialect (busybox ash's) serves them all, which is honest for the
 * scripts containers run but not for bash-only syntax.
 */
import { FsError } from '../fs/types.ts';
import { resolve } from '../fs/path.ts';
import { readAll } from '../process/streams.ts';
import type { Program } from '../process/types.ts';
import { ExitSignal, ReturnSignal } from './errors.ts';
import { Shell } from './interpreter.ts';
import type { ShellConfig } from './state.ts';

const optionLetters: Record<string, 'errexit' | 'xtrace' | 'nounset' | 'noglob'> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob' };

/**
 * @example resolver('sh') === shellProgram(); ctx.argv = ['sh', '-c', 'echo $0 $1', 'me', 'you'] // prints "me you"
 */
export function shellProgram(config: ShellConfig = {}): Program {
  return async (ctx) => {
    const sh = new Shell(ctx, config);
    const args = ctx.argv.slice(1);
    let command: string | undefined;
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--') {
        i++;
        break;
      }
      if (!/^[-+][a-zA-Z]+$/.test(arg)) break;
      for (const letter of arg.slice(1)) {
        if (letter === 'c') command = '';
        else if (optionLetters[letter]) sh.options[optionLetters[letter]] = arg[0] === '-';
      }
    }
    let src: string;
    if (command !== undefined) {
      if (i >= args.length) {
        ctx.stderr.write(`${sh.arg0}: -c requires an argument\n`);
        return 2;
      }
      src = args[i];
      if (i + 1 < args.length) sh.arg0 = args[i + 1];
      sh.positional = args.slice(i + 2);
    } else if (i < args.length) {
      const path = args[i];
      try {
        src = ctx.fs.readText(resolve(ctx.cwd, path));
      } catch (error) {
        if (!(error instanceof FsError)) throw error;
        ctx.stderr.write(`${sh.arg0}: can't open '${path}': ${error.message}\n`);
        return 2;
      }
      sh.arg0 = path;
      sh.positional = args.slice(i + 1);
      sh.script = true;
      if (/(^|\/)bash$/.test(ctx.argv[0] ?? '')) sh.scriptPath = path;
    } else src = new TextDecoder().decode(await readAll(ctx.stdin));
    return runToEnd(sh, src);
  };
}

/** Run source until it ends or calls `exit`; the status is the shell's exit status. */
export async function runToEnd(sh: Shell, src: string): Promise<number> {
  try {
    return await sh.runSource(src);
  } catch (signal) {
    if (signal instanceof ExitSignal || signal instanceof ReturnSignal) return signal.status;
    throw signal;
  }
}
