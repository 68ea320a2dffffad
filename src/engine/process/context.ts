/**
 * The ProcessContext a program sees, built over its ProcessRecord: streams that go
 * silent once the process is dead, waits that never settle after a kill, children
 * started in the same process group, and `exec` replacing the program in place.
 */
import type { ProcessRecord, RunningProcess, StartOptions } from './runtime.ts';
import type { ProcessNet } from '../net/capability.ts';
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
    uid: overrides.uid ?? options.uid,
    gid: overrides.gid ?? options.gid,
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
        uid: spawnOptions.uid ?? ctx.uid,
        gid: spawnOptions.gid ?? ctx.gid,
        init: false,
        // A child writing into a pipe or reading from one is not on the terminal.
        tty: options.tty === true && !spawnOptions.stdin && !spawnOptions.stdout,
        group: record.group,
        ppid: record.info.pid,
      });
      return record.guard(child.exited);
    },
    exec: (newArgv, execOptions = {}) => {
      if (!record.running) return new Promise(() => undefined);
      record.handlers.clear();
      const merged: SpawnOptions = { ...overrides, env: execOptions.env ?? ctx.env, cwd: execOptions.cwd ?? ctx.cwd, uid: execOptions.uid ?? ctx.uid, gid: execOptions.gid ?? ctx.gid, ...definedStreams(execOptions) };
      record.info.uid = merged.uid!;
      const where = { env: merged.env!, cwd: merged.cwd!, stderr: merged.stderr ?? options.stderr };
      return record.guard(record.run(newArgv, where, (finalArgv) => makeContext(record, finalArgv, start, merged)));
    },
    tick: () => record.tick(),
    isatty: (fd) => options.tty === true && !(fd === 0 ? overrides.stdin : fd === 1 ? overrides.stdout : overrides.stderr),
    processes: () => record.group.list(),
    signalProcess: (pid, signal) => record.group.signal(pid, signal),
  };
  if (options.net) ctx.net = ownedNet(record, options.net);
  return ctx;
}

/** The namespace's network as one process uses it: its listeners die with it, its waits too. */
function ownedNet(record: ProcessRecord, net: ProcessNet): ProcessNet {
  const owned: ProcessNet = {
    listen: (port, handler, listenOptions) => {
      const listening = net.listen(port, handler, listenOptions);
      record.onFinish(() => listening.close());
      return listening;
    },
    request: (url, init) => record.guard(net.request(url, init)),
  };
  if (net.connect) {
    const connect = net.connect;
    owned.connect = (host, port) => record.guard(connect(host, port));
  }
  if (net.registry) owned.registry = net.registry;
  return owned;
}

function definedStreams(options: SpawnOptions): SpawnOptions {
  const out: SpawnOptions = {};
  if (options.stdin) out.stdin = options.stdin;
  if (options.stdout) out.stdout = options.stdout;
  if (options.stderr) out.stderr = options.stderr;
  return out;
}
