/**
 * Running a Program inside the shell's own process, with its own argv, env, cwd and
 * streams: how ash's builtin `echo`/`printf`/`test` work, and how the host shell runs
 * its extra commands. Signals and the CPU budget stay the shell process's.
 */
import { sharedInput } from '../process/lines.ts';
import type { Program, ProcessContext } from '../process/types.ts';
import type { Shell } from './interpreter.ts';
import type { Io } from './io.ts';

/** A program run inside the shell's process with its own argv, env, cwd and streams. */
export function inlineContext(sh: Shell, argv: string[], env: Record<string, string>, io: Io): ProcessContext {
  const ctx = sh.ctx;
  const stdin = sharedInput(io.stdin);
  return {
    pid: ctx.pid,
    argv,
    env,
    cwd: sh.cwd,
    fs: ctx.fs,
    stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    hostname: ctx.hostname,
    uid: ctx.uid,
    gid: ctx.gid,
    clock: ctx.clock,
    sleep: (ms) => ctx.sleep(ms),
    waitForever: () => ctx.waitForever(),
    onSignal: () => undefined,
    exit: (status) => ctx.exit(status),
    spawn: (childArgv, options = {}) => ctx.spawn(childArgv, { env, cwd: sh.cwd, stdin, stdout: io.stdout, stderr: io.stderr, ...options }),
    tick: ctx.tick ? () => ctx.tick!() : undefined,
    processes: ctx.processes ? () => ctx.processes!() : undefined,
    signalProcess: ctx.signalProcess ? (pid, signal) => ctx.signalProcess!(pid, signal) : undefined,
  };
}

export function runInline(sh: Shell, program: Program, argv: string[], env: Record<string, string>, io: Io): Promise<number> {
  return program(inlineContext(sh, argv, env, io));
}
