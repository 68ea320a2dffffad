/**
 * A hand-made ProcessContext for running one program in a test: captured stdout and
 * stderr, a virtual clock the test advances, signals the test sends, and `exit` that
 * settles the run. `exec` replaces the program in place when the test provides the
 * programs it may exec (as gosu does).
 */
import type { FileSystem } from '../../../src/engine/fs/types.ts';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import type { ProcessContext, Program, Signal, SpawnOptions } from '../../../src/engine/process/types.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';

/** 2026-11-30T10:04:05.123Z: a fixed start so logs can be compared literally. */
export const startTime = Date.UTC(2026, 10, 30, 10, 4, 5, 123);

export interface FakeRun {
  ctx: ProcessContext;
  clock: VirtualClock;
  stdout(): string;
  stderr(): string;
  /** Deliver a signal: the handler runs if installed; otherwise the signal is ignored (PID 1). */
  signal(signal: Signal): void;
  /** Settles with the exit status (return value or `exit`). */
  exited: Promise<number>;
  /** True until the program exits. */
  running(): boolean;
  /** argv of each exec, in order. */
  execs: string[][];
}

export interface FakeOptions {
  argv: string[];
  env?: Record<string, string>;
  fs?: FileSystem;
  cwd?: string;
  pid?: number;
  uid?: number;
  hostname?: string;
  clock?: VirtualClock;
  /** Programs `exec` may run, by argv[0] basename. */
  programs?: Record<string, Program>;
}

export function runProgram(program: Program, options: FakeOptions): FakeRun {
  const clock = options.clock ?? new VirtualClock(startTime);
  let out = '';
  let err = '';
  let done = false;
  let settle: (status: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (settle = resolve));
  const finish = (status: number): void => {
    if (done) return;
    done = true;
    settle(status);
  };
  const handlers = new Map<Signal, (signal: Signal) => void>();
  const execs: string[][] = [];
  const decoder = new TextDecoder();
  const never = new Promise<never>(() => undefined);
  let argv = options.argv;
  let env = { ...(options.env ?? {}) };
  const ctx: ProcessContext = {
    pid: options.pid ?? 1,
    get argv() {
      return argv;
    },
    get env() {
      return env;
    },
    cwd: options.cwd ?? '/',
    fs: options.fs ?? new MemFs({ clock }),
    stdin: { read: () => Promise.resolve(null) },
    stdout: { write: (data) => void (out += typeof data === 'string' ? data : decoder.decode(data)) },
    stderr: { write: (data) => void (err += typeof data === 'string' ? data : decoder.decode(data)) },
    hostname: options.hostname ?? 'f00dfeed1234',
    uid: options.uid ?? 0,
    gid: options.uid ?? 0,
    clock,
    sleep: (ms) => (done ? never : clock.sleep(ms).then(() => (done ? never : undefined))),
    waitForever: () => never,
    onSignal: (signal, handler) => void handlers.set(signal, handler),
    exit: (status) => finish(status),
    spawn: () => Promise.resolve(127),
    exec: (next: string[], spawnOptions?: SpawnOptions) => {
      execs.push(next);
      const name = next[0].split('/').pop() ?? next[0];
      const target = options.programs?.[name];
      if (target === undefined) return Promise.resolve(127);
      argv = next;
      if (spawnOptions?.env) env = { ...spawnOptions.env };
      handlers.clear();
      return target(ctx);
    },
  };
  program(ctx).then(finish, (error: unknown) => {
    err += `internal error: ${error instanceof Error ? error.message : String(error)}\n`;
    finish(1);
  });
  return {
    ctx,
    clock,
    stdout: () => out,
    stderr: () => err,
    signal: (signal) => handlers.get(signal)?.(signal),
    exited,
    running: () => !done,
    execs,
  };
}

/** Let pending promise callbacks run (programs start synchronously up to their first await). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
