/**
 * `sh` as a Program: `sh -c 'script' [arg0 [args…]]`, `sh script.sh [args…]`, or a
 * script on stdin; options `-e -x -u -f` as for `set`. Registered as sh, ash, bash and
 * dash: one POSIX dialect (busybox ash's) serves them all, which is honest for the
 * scripts containers run but not for bash-only syntax.
 */
import { FsError } from '../fs/types.ts';
import { resolve } from '../fs/path.ts';
import { lineReader } from '../process/lines.ts';
import type { ProcessContext, Program } from '../process/types.ts';
import { ExitSignal, ReturnSignal, ShellSyntaxError } from './errors.ts';
import { parse } from './parser.ts';
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
    } else return readCommands(sh, ctx);
    return runToEnd(sh, src);
  };
}

/**
 * Commands from standard input, run as they arrive (`echo 'ls' | sh`, `docker run -it
 * alpine sh`): a command that needs more lines (an open quote, `if` without `fi`) waits
 * for them. On a terminal the shell prompts first — busybox's `/ # `, bash's
 * `root@<host>:/# ` — on stderr, as ash and bash do; EOF (Ctrl-D) or `exit` ends it.
 */
async function readCommands(sh: Shell, ctx: ProcessContext): Promise<number> {
  const reader = lineReader(ctx.stdin);
  const tty = ctx.isatty?.(0) ?? false;
  let pending = '';
  for (;;) {
    if (tty) ctx.stderr.write(pending ? '> ' : prompt(sh, ctx));
    const line = await reader.readLine();
    if (line === null) {
      if (tty) ctx.stderr.write('\n');
      return sh.status;
    }
    pending = pending ? `${pending}\n${line}` : line;
    if (needsMore(pending)) continue;
    const chunk = pending;
    pending = '';
    try {
      await sh.runSource(chunk);
    } catch (signal) {
      if (signal instanceof ExitSignal) return signal.status;
      if (!(signal instanceof ReturnSignal)) throw signal;
    }
  }
}

function needsMore(text: string): boolean {
  try {
    parse(text);
    return false;
  } catch (error) {
    return error instanceof ShellSyntaxError && error.incomplete;
  }
}

/** PS1 as the image's shell shows it: `\w \$ ` for busybox, `\u@\h:\w\$ ` for bash. */
function prompt(sh: Shell, ctx: ProcessContext): string {
  const home = ctx.env.HOME;
  const cwd = home && home !== '/' && (sh.cwd === home || sh.cwd.startsWith(`${home}/`)) ? `~${sh.cwd.slice(home.length)}` : sh.cwd;
  const mark = ctx.uid === 0 ? '#' : '$';
  if (/(^|\/)bash$/.test(ctx.argv[0] ?? '')) return `${ctx.uid === 0 ? 'root' : (ctx.env.USER ?? 'user')}@${ctx.hostname}:${cwd}${mark} `;
  return `${cwd} ${mark} `;
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
