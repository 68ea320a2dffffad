/**
 * What a running program sees, inside a container or in the learner's host shell:
 * argv, env, cwd, a filesystem, three streams, a virtual clock, signals, and a way to
 * start children. Programs are async functions that return their exit status; they
 * never throw for ordinary failures (a non-zero exit is a return value).
 */
import type { FileSystem } from '../fs/types.ts';
import type { ProcessNet } from '../net/capability.ts';
import type { VirtualClock } from '../util/clock.ts';

export const signalNumbers = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGTERM: 15,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGWINCH: 28,
} as const;
export type Signal = keyof typeof signalNumbers;

export interface OutputStream {
  write(data: string | Uint8Array): void;
}

export interface InputStream {
  /** The next chunk, or null at end of input. */
  read(): Promise<Uint8Array | null>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  cwd?: string;
  stdin?: InputStream;
  stdout?: OutputStream;
  stderr?: OutputStream;
  /** Run as this user and group (gosu, su-exec); the caller's when absent. */
  uid?: number;
  gid?: number;
}

export interface ProcessContext {
  readonly pid: number;
  readonly argv: string[];
  /** The process's own environment (a copy; changing it affects only this process). */
  readonly env: Record<string, string>;
  cwd: string;
  readonly fs: FileSystem;
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly hostname: string;
  readonly uid: number;
  readonly gid: number;
  readonly clock: VirtualClock;
  /**
   * Wait ms of virtual time. If the process is killed meanwhile the promise never
   * settles, so nothing after it runs.
   */
  sleep(ms: number): Promise<void>;
  /** Wait until the process is killed (servers that run until stopped). Never resolves otherwise. */
  waitForever(): Promise<never>;
  /**
   * Handle a signal instead of its default action. PID 1 in a container ignores
   * SIGTERM/SIGINT/SIGQUIT/SIGHUP unless it installs a handler (as Linux does), which is
   * why `docker stop` on `sleep 100` waits 10 s and ends with SIGKILL (exit 137).
   */
  onSignal(signal: Signal, handler: (signal: Signal) => void): void;
  /** End the process now with this status (handlers use it to exit cleanly). */
  exit(status: number): void;
  /**
   * Run a program as a child: argv[0] is looked up on PATH (or used as a path), a
   * `#!` script runs its interpreter. Resolves to the exit status; 127 with
   * "<name>: not found"-style errors is the caller's job to print.
   */
  spawn(argv: string[], options?: SpawnOptions): Promise<number>;
  /**
   * Replace this process's program (the `exec` of `exec "$@"` in entrypoint scripts):
   * same pid, default signal handlers, the new program's status becomes the process's.
   * Optional so hand-made contexts in tests need not provide it.
   */
  exec?(argv: string[], options?: SpawnOptions): Promise<number>;
  /**
   * Count one interpreter step against the CPU budget. Returns a promise to await when the
   * process must yield (every ~1,000 steps) or has been stopped (never settles), else
   * undefined so the common case costs no microtask.
   */
  tick?(): Promise<void> | undefined;
  /**
   * The network of this process's namespace (the container's, or the host's): listen
   * on a port, make HTTP requests. Absent where no network is simulated (bare tests).
   */
  net?: ProcessNet;
  /** Whether fd 0, 1 or 2 is a terminal (a container run with -t, `exec -t`), as isatty(3). */
  isatty?(fd: number): boolean;
  /** The processes of this container (for `ps`), when the runtime can tell. */
  processes?(): ProcessInfo[];
  /** Send a signal to a process of this container (for `kill`); false if no such pid. */
  signalProcess?(pid: number, signal: Signal): boolean;
}

/** What `ps` shows about one process. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  uid: number;
  argv: string[];
  /** Virtual ms since the epoch when it started. */
  startedAt: number;
  /** The daemon-wide pid (what the host's `ps`, and `docker top`, show); `pid` is the container's own. */
  hostPid?: number;
}

export type Program = (ctx: ProcessContext) => Promise<number>;

/**
 * Executables in image filesystems are placeholders: the ELF magic, then the name of
 * the program the simulator runs for them. They carry a declared size so images keep
 * their real-world sizes without storing those bytes.
 */
const placeholderPrefix = '\x7fELF dockyard:';

export function placeholderBinary(program: string): string {
  return `${placeholderPrefix}${program}\n`;
}

/** The program name a placeholder executable stands for, or undefined for other content. */
export function placeholderProgram(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 80));
  if (!head.startsWith(placeholderPrefix)) return undefined;
  const end = head.indexOf('\n');
  return head.slice(placeholderPrefix.length, end < 0 ? undefined : end);
}
