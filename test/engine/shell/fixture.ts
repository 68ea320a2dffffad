// Builds small container-like root filesystems and runs shell scripts in them, driving
// the virtual clock the way the host does (a macrotask turn, then the next timer).
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import { startProcess } from '../../../src/engine/process/runtime.ts';
import type { RunningProcess, StartOptions } from '../../../src/engine/process/runtime.ts';
import { CaptureStream, fixedInput } from '../../../src/engine/process/streams.ts';
import { placeholderBinary } from '../../../src/engine/process/types.ts';
import type { Program } from '../../../src/engine/process/types.ts';
import { createUserland, coreutilPrograms } from '../../../src/engine/shell/userland.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';

export const start = Date.UTC(2026, 10, 30, 10, 4, 5);

/** An Alpine-like root: /bin/busybox with applet symlinks, /etc/passwd and /etc/group. */
export function makeRootfs(clock = new VirtualClock(start)): MemFs {
  const fs = new MemFs({ clock });
  for (const dir of ['/bin', '/usr/bin', '/usr/local/bin', '/etc', '/tmp', '/root', '/home', '/var/log']) fs.mkdir(dir, { recursive: true });
  fs.writeFile('/bin/busybox', placeholderBinary('busybox'), { mode: 0o755, declaredSize: 808_712 });
  for (const name of ['sh', 'ash', ...Object.keys(coreutilPrograms())]) if (!name.startsWith('[')) fs.symlink('/bin/busybox', `/bin/${name}`);
  fs.symlink('/bin/busybox', '/usr/bin/[');
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n');
  fs.writeFile('/etc/group', 'root:x:0:root\nbin:x:1:root,bin,daemon\nwheel:x:10:root\nnobody:x:65534:\n');
  return fs;
}

export interface Outcome {
  status: number | undefined;
  stdout: string;
  stderr: string;
  fs: MemFs;
  clock: VirtualClock;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits for a process, advancing virtual time whenever it waits on a timer; gives up after `limitMs`. */
export async function drive(clock: VirtualClock, proc: RunningProcess, limitMs = 3600_000): Promise<number | undefined> {
  let status: number | undefined;
  void proc.exited.then((s) => (status = s));
  const deadline = clock.now() + limitMs;
  for (;;) {
    await macrotask();
    if (status !== undefined) return status;
    const next = clock.nextTimerAt();
    if (next === undefined || next > deadline) return undefined;
    clock.advanceTo(next);
  }
}

export interface RunOptions {
  fs?: MemFs;
  clock?: VirtualClock;
  stdin?: string;
  env?: Record<string, string>;
  cwd?: string;
  init?: boolean;
  extra?: Record<string, Program>;
  limitMs?: number;
}

export function processOptions(argv: string[], options: RunOptions = {}) {
  const clock = options.clock ?? new VirtualClock(start);
  const fs = options.fs ?? makeRootfs(clock);
  const stdout = new CaptureStream();
  const stderr = new CaptureStream();
  let pid = 0;
  const startOptions: StartOptions = {
    argv,
    env: options.env ?? { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root' },
    cwd: options.cwd ?? '/',
    fs,
    hostname: 'c0ffee123456',
    uid: 0,
    gid: 0,
    stdin: fixedInput(options.stdin ?? ''),
    stdout,
    stderr,
    clock,
    resolve: createUserland(options.extra),
    init: options.init,
    pids: { next: () => ++pid },
  };
  return { startOptions, stdout, stderr, clock, fs };
}

/** Runs argv as a process to completion. */
export async function runArgv(argv: string[], options: RunOptions = {}): Promise<Outcome> {
  const { startOptions, stdout, stderr, clock, fs } = processOptions(argv, options);
  const status = await drive(clock, startProcess(startOptions), options.limitMs);
  return { status, stdout: stdout.text(), stderr: stderr.text(), fs, clock };
}

/** Runs a script with `sh -c`. */
export function sh(script: string, options: RunOptions = {}): Promise<Outcome> {
  return runArgv(['sh', '-c', script], options);
}
