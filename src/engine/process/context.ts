/**
 * The ProcessContext a program sees, built over its ProcessRecord: streams that go
 * silent once the process is dead, waits that never settle after a kill, children
 * started in the same process group, and `exec` replacing the program in place.
 */
import type { ProcessRecord, RunningProcess, StartOptions } from './runtime.ts';
import type { InputStream, OutputStream, ProcessContext, SpawnOptions } from './types.ts';

type Start = (options: StartOptions) => RunningProcess;

/** Build the context for `argv` running in `record`; `overrides` come from `exec` with redirections. */
export function makeContext(record: ProcessRecord, argv: string[], start: Start, overrides: SpawnOptions = {}): ProcessContext {
  const options = record.options;
  const live = (stream: OutputStream): OutputStream => ({ write: (data) => record.running && stream.write(data) });
  const stdinSource = overrides.stdin ?? options.stdin;
  const stdin: InputStream = { read: () => (record.running ? record.guard(stdinSource.read()) : new Promise(() => undefined)) };
  const stdout = live(overrides.stdout ?? options.stdout);
  const stderr = live(overrides.stderr ?? options.stderr);
  const ctx: ProcessContext = {
    pid: record.info.pid,
    argv,
    env: { ...(overrides.env ?? options.env) },
    cwd: overrides.cwd ?? options.cwd,
    fs: options.fs,
    stdin,
    stdout,
    stderr,
    hostname: options.hostname,
    uid: options.uid,
    gid: options.gid,
    clock: options.clock,
    sleep: (ms) => record.sleep(ms),
    waitForever: () => new Promise<never>(() => undefined),
    onSignal: (signal, handler) => {
      record.handlers.set(signal, handler);
    },
    exit: (status) => record.finish(status),
    spawn: (childArgv, spawnOptions = {}) => {
      if (!record.running) return new Promise(() => undefined);
      const child = start({
        ...options,
        argv: childArgv,
        env: { ...(spawnOptions.env ?? ctx.env) },
        cwd: spawnOptions.cwd ?? ctx.cwd,
        stdin: spawnOptions.stdin ?? stdinSource,
        stdout: spawnOptions.stdout ?? (overrides.stdout ?? options.stdout),
        stderr: spawnOptions.stderr ?? (overrides.stderr ?? options.stderr),
        init: false,
        group: record.group,
        ppid: record.info.pid,
      });
      return record.guard(child.exited);
    },
    exec: (newArgv, execOptions = {}) => {
      if (!record.running) return new Promise(() => undefined);
      record.handlers.clear();
      const merged: SpawnOptions = { ...overrides, env: execOptions.env ?? ctx.env, cwd: execOptions.cwd ?? ctx.cwd, ...definedStreams(execOptions) };
      const where = { env: merged.env!, cwd: merged.cwd!, stderr: merged.stderr ?? options.stderr };
      return record.guard(record.run(newArgv, where, (finalArgv) => makeContext(record, finalArgv, start, merged)));
    },
    tick: () => record.tick(),
    processes: () => record.group.list(),
    signalProcess: (pid, signal) => record.group.signal(pid, signal),
  };
  return ctx;
}

function definedStreams(options: SpawnOptions): SpawnOptions {
  const out: SpawnOptions = {};
  if (options.stdin) out.stdin = options.stdin;
  if (options.stdout) out.stdout = options.stdout;
  if (options.stderr) out.stderr = options.stderr;
  return out;
}
