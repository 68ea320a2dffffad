/**
 * Simple commands: expand the words and assignments, apply redirections, then find
 * what to run in ash's order: special builtins, functions, builtins, a program on
 * PATH (a child process), the host's extra commands. `VAR=x cmd` sets VAR only for
 * cmd, except before special builtins where POSIX makes it stick.
 */
import { resolveExecutable } from '../process/resolve.ts';
import { sharedInput } from '../process/lines.ts';
import type { SimpleCommand } from './ast.ts';
import { regularBuiltins, specialBuiltins } from './builtins/index.ts';
import { ExpansionError } from './errors.ts';
import { expandString, expandWords } from './expand.ts';
import type { Shell } from './interpreter.ts';
import type { Io } from './io.ts';
import { openRedirects, RedirectError } from './redirect.ts';
import { runInline } from './inline.ts';

export async function runSimple(sh: Shell, command: SimpleCommand, io: Io): Promise<number> {
  sh.line = command.line;
  sh.substitutionStatus = undefined;
  let argv: string[];
  const assigns: [string, string][] = [];
  try {
    argv = await expandWords(sh, command.words);
    for (const assign of command.assigns) {
      if (assign.array) {
        sh.vars.delete(assign.name);
        sh.arrays.set(assign.name, await expandWords(sh, assign.array));
      } else assigns.push([assign.name, await expandString(sh, assign.value)]);
    }
  } catch (error) {
    if (error instanceof ExpansionError) return sh.expansionFailed(io, error);
    throw error;
  }
  if (sh.options.xtrace) io.stderr.write(`+ ${[...assigns.map(([n, v]) => `${n}=${quote(v)}`), ...argv.map(quote)].join(' ')}\n`);
  let inner: Io;
  try {
    inner = await openRedirects(sh, command.redirects, io);
  } catch (error) {
    if (error instanceof ExpansionError) return sh.expansionFailed(io, error);
    if (!(error instanceof RedirectError)) throw error;
    sh.error(io, error.message);
    return 1;
  }
  if (argv.length === 0) {
    for (const [name, value] of assigns) sh.set(name, value);
    return sh.substitutionStatus ?? 0;
  }
  return dispatch(sh, argv, assigns, inner);
}

/** xtrace quoting, as ash prints it. */
export function quote(word: string): string {
  return /^[A-Za-z0-9_./=:,+@%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Run argv as a command; `skipFunctions` is `command name`. */
export async function dispatch(sh: Shell, argv: string[], assigns: [string, string][], io: Io, skipFunctions = false): Promise<number> {
  const name = argv[0];
  const special = specialBuiltins[name];
  if (special) {
    for (const [n, v] of assigns) sh.set(n, v);
    return special(sh, argv, io);
  }
  const fn = skipFunctions ? undefined : sh.functions.get(name);
  if (fn) return withTemporary(sh, assigns, () => sh.callFunction(fn, argv, io));
  const builtin = regularBuiltins[name];
  if (builtin) return withTemporary(sh, assigns, () => builtin(sh, argv, io));
  const env = sh.environment(Object.fromEntries(assigns));
  const found = resolveExecutable(sh.fs, name, env, sh.cwd);
  if (found.ok) return sh.ctx.spawn(argv, { env, cwd: sh.cwd, stdin: sharedInput(io.stdin), stdout: io.stdout, stderr: io.stderr });
  const extra = sh.config.extraCommands?.[name];
  if (extra && found.reason === 'not-found') return runInline(sh, extra, argv, env, io);
  if (found.reason === 'no-program') return runAsScript(sh, found.path ?? name, argv, io);
  if (found.reason === 'not-found') {
    sh.error(io, sh.config.style === 'bash' ? `${name}: command not found` : `${name}: not found`);
    return 127;
  }
  const why = found.reason === 'is-directory' && sh.config.style === 'bash' ? 'Is a directory' : 'Permission denied';
  sh.error(io, `${name}: ${why}`);
  return 126;
}

async function withTemporary(sh: Shell, assigns: [string, string][], run: () => Promise<number>): Promise<number> {
  if (assigns.length === 0) return run();
  const saved = assigns.map(([name]) => [name, sh.vars.get(name)] as const);
  for (const [name, value] of assigns) sh.vars.set(name, { value, exported: true });
  try {
    return await run();
  } finally {
    for (const [name, previous] of saved) {
      if (previous) sh.vars.set(name, previous);
      else sh.vars.delete(name);
    }
  }
}

/** An executable text file without `#!`: the shell runs it itself (execve's ENOEXEC fallback). */
async function runAsScript(sh: Shell, path: string, argv: string[], io: Io): Promise<number> {
  const sub = sh.subshell();
  sub.arg0 = argv[0];
  sub.positional = argv.slice(1);
  sub.script = true;
  sub.functions = new Map();
  const src = sh.fs.readText(path);
  try {
    return await sub.runSource(src, io);
  } catch (signal) {
    if (signal && typeof signal === 'object' && 'status' in signal) return (signal as { status: number }).status;
    throw signal;
  }
}
