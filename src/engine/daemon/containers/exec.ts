/**
 * `POST /containers/{id}/exec`, `POST /exec/{id}/start`, `GET /exec/{id}/json`: a new
 * process in a running container's namespace — same filesystem, same process group —
 * with runc's error text and exit code 126/127 when its command cannot run.
 */
import type { StreamFrame } from '../../api/types.ts';
import { conflict, invalidParameter } from '../../errdefs.ts';
import { resolveExecutable } from '../../process/resolve.ts';
import { startProcess } from '../../process/runtime.ts';
import { emptyInput, Pipe } from '../../process/streams.ts';
import type { InputStream } from '../../process/types.ts';
import { pumpStdin } from './logs.ts';
import { AsyncQueue } from '../../util/async-queue.ts';
import type { DaemonContext } from '../context.ts';
import { containerEnv, containerProcessBase } from './environment.ts';
import { emitContainerEvent } from './events.ts';
import type { ExecConfig } from './exec-store.ts';
import { execFailure } from './start.ts';

export function createExec(ctx: DaemonContext, ref: string, config: ExecConfig): { Id: string } {
  const container = ctx.containers.get(ref);
  if (!container.isRunning) throw conflict(`container ${container.id} is not running`);
  if (container.state.Paused) throw conflict(`Container ${container.id} is paused, unpause the container before exec`);
  if (!Array.isArray(config.Cmd) || config.Cmd.length === 0) throw invalidParameter('No exec command specified');
  const id = ctx.newId();
  ctx.execs.add({ id, containerId: container.id, config, running: false, exitCode: null, pid: 0, started: false });
  container.execIds.add(id);
  emitContainerEvent(ctx, container, `exec_create: ${config.Cmd.join(' ')}`, { execID: id });
  return { Id: id };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function startExec(ctx: DaemonContext, execId: string, options: { Detach?: boolean; Tty?: boolean; stdin?: AsyncIterable<Uint8Array> } = {}): AsyncIterable<StreamFrame> {
  const exec = ctx.execs.get(execId);
  if (exec.started) throw conflict(`Error: Exec command ${execId} has already run`);
  const container = ctx.containers.get(exec.containerId);
  if (!container.isRunning || !container.process) throw conflict(`container ${container.id} is not running`);
  exec.started = true;
  const queue = new AsyncQueue<StreamFrame>();
  const tty = options.Tty ?? exec.config.Tty ?? false;
  const sink = (stream: 1 | 2) => ({
    write: (data: string | Uint8Array) => {
      if (options.Detach) return;
      // A terminal turns \n into \r\n (the pty's onlcr), as for a Tty container's output.
      const text = typeof data === 'string' ? data : decoder.decode(data);
      const bytes = encoder.encode(tty ? text.replace(/\r?\n/g, '\r\n') : text);
      queue.push({ stream: tty ? 1 : stream, data: bytes });
    },
  });
  const env = containerEnv(container, [...(tty ? ['TERM=xterm'] : []), ...(exec.config.Env ?? [])]);
  const cwd = exec.config.WorkingDir || container.config.WorkingDir || '/';
  const argv = exec.config.Cmd;
  const fs = container.procFs ?? container.fs;
  const found = resolveExecutable(fs, argv[0], env, cwd);
  emitContainerEvent(ctx, container, `exec_start: ${argv.join(' ')}`, { execID: execId });
  if (!found.ok) {
    const failure = execFailure(found.reason, argv[0], found.path);
    exec.exitCode = failure.code;
    sink(1).write(`OCI runtime exec failed: exec failed: unable to start container process: ${failure.message}: unknown\r\n`);
    emitContainerEvent(ctx, container, 'exec_die', { execID: execId, exitCode: String(failure.code) });
    queue.close();
    return queue;
  }
  let stdin: InputStream = emptyInput;
  if (options.stdin && exec.config.AttachStdin) {
    const pipe = new Pipe();
    pumpStdin(options.stdin, pipe, true);
    stdin = pipe;
  }
  const proc = startProcess({
    ...containerProcessBase(ctx, container, exec.config.User || container.config.User),
    argv,
    env,
    cwd,
    fs,
    stdin,
    stdout: sink(1),
    stderr: sink(2),
    group: container.process.group,
    tty,
    ppid: 0,
  });
  exec.running = true;
  exec.pid = proc.pid;
  void proc.exited.then((status) => {
    exec.running = false;
    exec.exitCode = status;
    emitContainerEvent(ctx, container, 'exec_die', { execID: execId, exitCode: String(status) });
    queue.close();
  });
  return queue;
}

export function inspectExec(ctx: DaemonContext, execId: string): Record<string, unknown> {
  const exec = ctx.execs.get(execId);
  return {
    ID: exec.id,
    Running: exec.running,
    ExitCode: exec.exitCode,
    ProcessConfig: {
      tty: exec.config.Tty ?? false,
      entrypoint: exec.config.Cmd[0],
      arguments: exec.config.Cmd.slice(1),
      privileged: exec.config.Privileged ?? false,
      user: exec.config.User ?? '',
    },
    OpenStdin: exec.config.AttachStdin ?? false,
    OpenStderr: exec.config.AttachStderr ?? false,
    OpenStdout: exec.config.AttachStdout ?? false,
    CanRemove: false,
    ContainerID: exec.containerId,
    DetachKeys: '',
    Pid: exec.pid,
  };
}
