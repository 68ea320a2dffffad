/**
 * Running programs as processes: a pid, a status promise, signals with Linux's default
 * actions (PID 1 of a container ignores what it does not handle, SIGKILL always
 * kills), virtual-time sleeps that a kill cancels, a CPU budget that stops runaway
 * loops, and children that join the same process group. Resolving argv[0] to a program
 * is resolve.ts; the ProcessContext each program sees is built in context.ts.
 */
import type { FileSystem } from '../fs/types.ts';
import type { ProcessNet } from '../net/capability.ts';
import type { VirtualClock } from '../util/clock.ts';
import { ProcessGroup } from './group.ts';
import type { GroupMember } from './group.ts';
import { makeContext } from './context.ts';
import { resolveExecutable } from './resolve.ts';
import { signalNumbers } from './types.ts';
import type { InputStream, OutputStream, ProcessContext, ProcessInfo, Program, Signal } from './types.ts';

/** Maps placeholder program names (`busybox`, `nginx`) to their implementations. */
export type ProgramResolver = (name: string) => Program | undefined;

export interface StartOptions {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  fs: FileSystem;
  hostname: string;
  uid: number;
  gid: number;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  clock: VirtualClock;
  resolve: ProgramResolver;
  /** The process's standard streams are a terminal (docker run -t / exec -t). */
  tty?: boolean;
  /** PID 1 of a container: signals without a handler are ignored, except SIGKILL. */
  init?: boolean;
  pids: { next(): number };
  /** The container's process group; a new one when absent (see RunningProcess.group). */
  group?: ProcessGroup;
  ppid?: number;
  /** The namespace's network; children inherit it, listeners close when their process exits. */
  net?: ProcessNet;
}

export interface RunningProcess {
  readonly pid: number;
  /** The exit status: the program's return value, or 128+n when a signal killed it. */
  readonly exited: Promise<number>;
  kill(signal: Signal): void;
  readonly running: boolean;
  /** Every process of this tree: `group.signalAll('SIGKILL')` is `docker kill`. */
  readonly group: ProcessGroup;
}

/** Steps a process may take while virtual time stands still before it counts as runaway. */
export const cpuBudget = 200_000;
/** Steps between yields to the host's event loop, so a page stays responsive. */
export const yieldEvery = 1_000;

const never = new Promise<never>(() => undefined);
/** Signals whose default action is to do nothing. */
const ignoredByDefault = new Set<Signal>(['SIGWINCH', 'SIGCONT']);

/** One process: its state, its signal handling, its budget. The context reads and drives it. */
export class ProcessRecord implements GroupMember {
  readonly info: ProcessInfo;
  /** The pid the daemon sees (docker inspect's State.Pid); `info.pid` is the one inside the namespace. */
  readonly hostPid: number;
  running = true;
  handlers = new Map<Signal, (signal: Signal) => void>();
  readonly exited: Promise<number>;
  private settle!: (status: number) => void;
  private timers = new Set<number>();
  private cleanups: (() => void)[] = [];
  private steps = 0;
  private lastNow: number;

  constructor(
    readonly options: StartOptions,
    readonly group: ProcessGroup,
  ) {
    this.hostPid = options.pids.next();
    const pid = group.namespaced ? group.nextPid() : this.hostPid;
    this.info = { pid, ppid: options.ppid ?? 0, uid: options.uid, argv: [...options.argv], startedAt: options.clock.now(), hostPid: this.hostPid };
    this.lastNow = options.clock.now();
    this.exited = new Promise((resolve) => (this.settle = resolve));
    group.add(this);
  }

  get name(): string {
    const argv0 = this.info.argv[0] ?? '';
    return argv0.slice(argv0.lastIndexOf('/') + 1);
  }

  finish(status: number): void {
    if (!this.running) return;
    this.running = false;
    for (const id of this.timers) this.options.clock.clearTimer(id);
    this.timers.clear();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.group.remove(this.info.pid);
    this.settle(status);
  }

  /** Run `cleanup` when the process ends (closing the ports it listens on). */
  onFinish(cleanup: () => void): void {
    if (this.running) this.cleanups.push(cleanup);
    else cleanup();
  }

  signal(signal: Signal): void {
    if (!this.running) return;
    if (signal === 'SIGKILL') return this.finish(128 + signalNumbers.SIGKILL);
    // Stopping and continuing processes is not simulated.
    if (signal === 'SIGSTOP') return;
    const handler = this.handlers.get(signal);
    if (handler) return handler(signal);
    // Linux drops default-action signals sent to a namespace's init (SIGNAL_UNKILLABLE).
    if (ignoredByDefault.has(signal) || this.options.init) return;
    this.finish(128 + signalNumbers[signal]);
  }

  /** A promise that settles like `promise`, or never if the process dies first. */
  guard<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      promise.then(
        (value) => this.running && resolve(value),
        (error: unknown) => this.running && reject(error),
      );
    });
  }

  sleep(ms: number): Promise<void> {
    if (!this.running) return never;
    return new Promise<void>((resolve) => {
      const id = this.options.clock.setTimer(ms, () => {
        this.timers.delete(id);
        if (!this.running) return;
        const frozen = this.group.whenRunnable();
        if (frozen) void frozen.then(() => this.running && resolve());
        else resolve();
      });
      this.timers.add(id);
    });
  }

  tick(): Promise<void> | undefined {
    if (!this.running) return never;
    const frozen = this.group.whenRunnable();
    if (frozen) return this.guard(frozen);
    const now = this.options.clock.now();
    if (now !== this.lastNow) {
      this.lastNow = now;
      this.steps = 0;
    }
    this.steps++;
    if (this.steps > cpuBudget) {
      this.options.stderr.write(`dockyard: ${this.name} used its CPU budget without pausing and was stopped\n`);
      this.finish(128 + signalNumbers.SIGKILL);
      return never;
    }
    return this.steps % yieldEvery === 0 ? this.sleep(0) : undefined;
  }

  /** Resolve argv[0] and run its program in this process (start and `exec`). */
  async run(argv: string[], where: { env: Record<string, string>; cwd: string; stderr: OutputStream }, context: (argv: string[]) => ProcessContext): Promise<number> {
    const { fs, resolve } = this.options;
    const { env, cwd, stderr } = where;
    const found = resolveExecutable(fs, argv[0] ?? '', env, cwd);
    if (!found.ok) {
      const why = { 'not-found': 'executable file not found in $PATH', 'permission-denied': 'permission denied', 'is-directory': 'is a directory', 'no-program': 'exec format error' }[found.reason];
      stderr.write(`dockyard: exec: "${argv[0] ?? ''}": ${why}\n`);
      return found.reason === 'not-found' ? 127 : 126;
    }
    const program = resolve(found.program);
    if (!program) {
      stderr.write(`dockyard: ${found.program} is not simulated yet (placeholder binary)\n`);
      return 126;
    }
    const scriptPath = argv[0].includes('/') ? argv[0] : found.path;
    const finalArgv = found.interpreter ? [...found.interpreter, scriptPath, ...argv.slice(1)] : argv;
    this.info.argv = finalArgv;
    return program(context(finalArgv));
  }
}

/**
 * Start a program as a process. argv[0] is resolved on the filesystem (PATH, symlinks,
 * `#!`); a failure prints one line to stderr and exits 127 or 126.
 * @example const p = startProcess({ argv: ['sh', '-c', 'echo hi'], ...rest }); await p.exited // 0
 */
export function startProcess(options: StartOptions): RunningProcess {
  const { record, process } = createProcess(options);
  const context = (argv: string[]) => makeContext(record, argv, startProcess);
  record
    .run(options.argv, options, context)
    .then(
      (status) => record.finish(status),
      (error: unknown) => {
        options.stderr.write(`dockyard: internal error in ${record.name}: ${error instanceof Error ? error.message : String(error)}\n`);
        record.finish(1);
      },
    );
  return process;
}

/**
 * A process record with no program started: the host's interactive shell session uses
 * it to get a pid, a context and signals while it feeds lines itself.
 */
export function createProcess(options: StartOptions): { record: ProcessRecord; process: RunningProcess; context: () => ProcessContext } {
  const record = new ProcessRecord(options, options.group ?? new ProcessGroup(options.init === true));
  const process: RunningProcess = {
    pid: record.hostPid,
    exited: record.exited,
    kill: (signal) => record.signal(signal),
    get running() {
      return record.running;
    },
    group: record.group,
  };
  return { record, process, context: () => makeContext(record, options.argv, startProcess) };
}
