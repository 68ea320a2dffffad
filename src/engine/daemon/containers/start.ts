/**
 * `POST /containers/{id}/start`: resolve the command inside the container (with runc's
 * error texts when it cannot run), bind published ports, give the container an address,
 * start PID 1 and route its output to the log. The exit path is exit.ts.
 */
import type { Container, PublishedPort } from '../../container/container.ts';
import { conflict, invalidParameter, notModified, systemError } from '../../errdefs.ts';
import { emptyInput, Pipe } from '../../process/streams.ts';
import { resolveExecutable } from '../../process/resolve.ts';
import { startProcess } from '../../process/runtime.ts';
import type { DaemonContext } from '../context.ts';
import { containerEnv, containerProcessBase } from './environment.ts';
import { emitContainerEvent, emitStateChange } from './events.ts';
import { handleExit } from './exit.ts';
import { removeContainer } from './remove.ts';
import { hostsFile } from './init-layer.ts';
import { connectAll } from '../../network/attachments.ts';
import { MountFs } from '../../fs/mountfs.ts';
import { mountAtStart } from '../../volume/container-mounts.ts';
import { closeContainerListeners } from '../../net/container-net.ts';

const runcPrefix =
  'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';

/** Why argv[0] cannot be executed, in runc's words, with the exit code Docker records. */
export function execFailure(reason: string, argv0: string, path?: string): { message: string; code: number } {
  switch (reason) {
    case 'not-found':
      return argv0.includes('/')
        ? { message: `exec: "${argv0}": stat ${argv0}: no such file or directory`, code: 127 }
        : { message: `exec: "${argv0}": executable file not found in $PATH`, code: 127 };
    case 'permission-denied':
      return { message: `exec: "${path ?? argv0}": permission denied`, code: 126 };
    case 'is-directory':
      return { message: `exec: "${path ?? argv0}": is a directory`, code: 126 };
    default:
      return { message: `exec: "${path ?? argv0}": exec format error`, code: 126 };
  }
}

function bindPorts(ctx: DaemonContext, container: Container): PublishedPort[] {
  const bound: PublishedPort[] = [];
  const bindings = { ...(container.hostConfig.PortBindings ?? {}) };
  if (container.hostConfig.PublishAllPorts) {
    for (const key of Object.keys(container.config.ExposedPorts ?? {})) bindings[key] ??= [{ HostIp: '', HostPort: '' }];
  }
  for (const [key, list] of Object.entries(bindings)) {
    const [portText, proto = 'tcp'] = key.split('/');
    for (const binding of list ?? [{ HostIp: '', HostPort: '' }]) {
      const hostPort = binding.HostPort ? Number(binding.HostPort) : ctx.ports.ephemeral(proto);
      const holder = ctx.ports.holder(binding.HostIp, hostPort, proto);
      if (holder && holder !== container.id) {
        ctx.ports.releaseAll(container.id);
        throw systemError(
          `driver failed programming external connectivity on endpoint ${container.name} (${ctx.newId()}): Bind for ${binding.HostIp || '0.0.0.0'}:${hostPort} failed: port is already allocated`,
        );
      }
      ctx.ports.bind(container.id, binding.HostIp, hostPort, proto);
      const privatePort = Number(portText);
      if (binding.HostIp) bound.push({ privatePort, type: proto as 'tcp', hostIp: binding.HostIp, hostPort });
      else {
        bound.push({ privatePort, type: proto as 'tcp', hostIp: '0.0.0.0', hostPort });
        bound.push({ privatePort, type: proto as 'tcp', hostIp: '::', hostPort });
      }
    }
  }
  return bound;
}

export function startContainer(ctx: DaemonContext, ref: string): void {
  const container = ctx.containers.get(ref);
  if (container.status === 'paused') throw conflict('cannot start a paused container, try unpause instead');
  if (container.isRunning) throw notModified();
  if (container.status === 'removing' || container.status === 'dead') {
    throw conflict(`container is marked for removal and cannot be started`);
  }
  try {
    runContainer(ctx, container);
  } catch (error) {
    // As moby's containerStart: a container that cannot start is removed when --rm was asked,
    // so a client waiting for `removed` learns the exit code instead of waiting forever.
    if (container.hostConfig.AutoRemove) removeContainer(ctx, container.id, { force: true });
    throw error;
  }
}

/** Start PID 1 (also used by restart policies). */
export function runContainer(ctx: DaemonContext, container: Container): void {
  const env = containerEnv(container);
  const cwd = container.config.WorkingDir || '/';
  const fs = new MountFs(container.fs, mountAtStart(ctx.volumes, container.id, container.mounts, ctx.hostFs));
  const found = resolveExecutable(fs, container.path, env, cwd);
  if (!found.ok) {
    const failure = execFailure(found.reason, container.path, found.path);
    container.setState({ ExitCode: failure.code, Error: `${runcPrefix}${failure.message}: unknown` });
    throw invalidParameter(`${runcPrefix}${failure.message}: unknown`);
  }
  container.ports = bindPorts(ctx, container);
  let endpoints;
  try {
    endpoints = connectAll(ctx.networks, container.id);
  } catch (error) {
    ctx.ports.releaseAll(container.id);
    container.ports = [];
    throw error;
  }
  container.ipAddress = endpoints[0]?.ip ?? '';
  container.fs.writeFile('/etc/hosts', hostsFile(container.config.Hostname ?? '', container.ipAddress));
  container.procFs = fs;

  const decoder = new TextDecoder();
  const sink = (stream: 'stdout' | 'stderr') => ({
    write: (data: string | Uint8Array) => {
      const text = typeof data === 'string' ? data : decoder.decode(data);
      const target = container.config.Tty ? 'stdout' : stream;
      container.log.write(target, container.config.Tty ? text.replace(/\r?\n/g, '\r\n') : text, ctx.clock.now());
      ctx.events.emit({ kind: 'process.output', containerId: container.id, stream: target, text });
    },
  });
  const proc = startProcess({
    ...containerProcessBase(ctx, container, container.config.User),
    argv: [container.path, ...container.args],
    env,
    cwd,
    fs,
    stdin: container.config.OpenStdin ? (container.stdin ??= new Pipe()) : emptyInput,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
    init: true,
    tty: !!container.config.Tty,
  });
  const from = container.status;
  container.process = proc;
  container.manuallyStopped = false;
  container.setState({
    Status: 'running',
    Running: true,
    Paused: false,
    Restarting: false,
    Pid: proc.pid,
    ExitCode: 0,
    Error: '',
    StartedAt: ctx.clock.now(),
  });
  emitContainerEvent(ctx, container, 'start');
  emitStateChange(ctx, container, from);
  void proc.exited.then((status) => {
    closeContainerListeners(ctx, container.id);
    handleExit(ctx, container, proc, status);
  });
}
