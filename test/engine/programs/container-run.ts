/**
 * Runs an image's Entrypoint + Cmd the way a container does, with the real process
 * runtime and shell: PID 1 in the image's filesystem, the image's Env, the userland
 * plus the hub programs. The test drives virtual time like the host does.
 */
import type { FileSystem } from '../../../src/engine/fs/types.ts';
import { startProcess } from '../../../src/engine/process/runtime.ts';
import type { RunningProcess } from '../../../src/engine/process/runtime.ts';
import { CaptureStream, fixedInput } from '../../../src/engine/process/streams.ts';
import { hubPrograms } from '../../../src/engine/programs/index.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { createUserland } from '../../../src/engine/shell/userland.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';
import { imageFs } from '../hub/image-tree.ts';
import { startTime } from './fake-context.ts';

export interface ContainerRun {
  process: RunningProcess;
  fs: FileSystem;
  clock: VirtualClock;
  stdout(): string;
  stderr(): string;
  /** Let the processes run, firing timers up to `ms` of virtual time; the status if they exited. */
  settle(ms?: number): Promise<number | undefined>;
  /** `docker exec`: another process in the container; resolves to its status and output. */
  exec(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function runContainer(image: ImageSpec, options: { cmd?: string[]; env?: string[]; fs?: FileSystem } = {}): ContainerRun {
  const clock = new VirtualClock(startTime);
  const fs = options.fs ?? imageFs(image, clock);
  fs.mkdir('/etc', { recursive: true });
  fs.writeFile('/etc/hosts', '127.0.0.1\tlocalhost\n172.17.0.2\tf00dfeed1234\n');
  fs.writeFile('/etc/hostname', 'f00dfeed1234\n');
  const env: Record<string, string> = { HOSTNAME: 'f00dfeed1234', HOME: '/root' };
  for (const entry of [...(image.config.Env ?? []), ...(options.env ?? [])]) {
    const eq = entry.indexOf('=');
    env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  const stdout = new CaptureStream();
  const stderr = new CaptureStream();
  let pid = 0;
  const pids = { next: () => ++pid };
  const resolve = createUserland(hubPrograms());
  const process = startProcess({
    argv: [...(image.config.Entrypoint ?? []), ...(options.cmd ?? image.config.Cmd ?? [])],
    env,
    cwd: image.config.WorkingDir ?? '/',
    fs,
    hostname: 'f00dfeed1234',
    uid: 0,
    gid: 0,
    stdin: fixedInput(''),
    stdout,
    stderr,
    clock,
    resolve,
    init: true,
    pids,
  });
  let status: number | undefined;
  void process.exited.then((s) => (status = s));
  const settle = async (ms = 60_000): Promise<number | undefined> => {
    const deadline = clock.now() + ms;
    for (let i = 0; i < 10_000; i++) {
      await macrotask();
      if (status !== undefined) return status;
      const next = clock.nextTimerAt();
      if (next === undefined || next > deadline) return undefined;
      clock.advanceTo(next);
    }
    return status;
  };
  return {
    process,
    fs,
    clock,
    stdout: () => stdout.text(),
    stderr: () => stderr.text(),
    settle,
    async exec(argv) {
      const out = new CaptureStream();
      const errOut = new CaptureStream();
      const child = startProcess({ argv, env, cwd: '/', fs, hostname: 'f00dfeed1234', uid: 0, gid: 0, stdin: fixedInput(''), stdout: out, stderr: errOut, clock, resolve, pids, group: process.group });
      const childStatus = await child.exited;
      await settle(0);
      return { status: childStatus, stdout: out.text(), stderr: errOut.text() };
    },
  };
}
