/**
 * `DELETE /containers/{id}`: refuse running or paused containers unless forced (with
 * moby's messages), otherwise kill what runs, drop the container and announce `destroy`.
 */
import { conflict } from '../../errdefs.ts';
import type { DaemonContext } from '../context.ts';
import { emitContainerEvent, emitStateChange } from './events.ts';
import { releaseRuntime } from './exit.ts';
import { forgetContainer } from '../../network/attachments.ts';
import { releaseMounts } from '../../volume/container-mounts.ts';

export function removeContainer(ctx: DaemonContext, ref: string, options: { force?: boolean; volumes?: boolean } = {}): void {
  const container = ctx.containers.get(ref);
  if (container.status === 'removing') throw conflict(`removal of container ${ref} is already in progress`);
  if (!options.force) {
    if (container.status === 'paused') throw conflict(`cannot remove container "${ref}": container is paused and must be unpaused first`);
    if (container.isRunning || container.status === 'restarting') {
      const what = container.status === 'restarting' ? 'restarting' : 'running';
      throw conflict(`cannot remove container "${ref}": container is ${what}: stop the container before removing or force remove`);
    }
  }
  if (container.restartTimer !== undefined) ctx.clock.clearTimer(container.restartTimer);
  container.manuallyStopped = true;
  const proc = container.process;
  if (proc) {
    // Forced removal kills at once; the exit bookkeeping still runs so ports are freed.
    container.process = undefined;
    proc.group.signalAll('SIGKILL');
    releaseRuntime(ctx, container);
    container.setState({ Running: false, Paused: false, ExitCode: 137, FinishedAt: ctx.clock.now(), Pid: 0 });
    emitContainerEvent(ctx, container, 'kill', { signal: '9' });
    emitContainerEvent(ctx, container, 'die', { exitCode: '137' });
    for (const listener of [...container.exitListeners]) listener(137);
  }
  const from = container.status;
  container.setState({ Status: 'removing' });
  for (const id of container.execIds) ctx.execs.delete(id);
  ctx.containers.delete(container.id);
  forgetContainer(ctx.networks, container.id);
  releaseMounts(ctx.volumes, container.id, container.mounts, { removeAnonymous: options.volumes || !!container.hostConfig.AutoRemove });
  emitContainerEvent(ctx, container, 'destroy');
  emitStateChange(ctx, container, from);
  for (const listener of [...container.removeListeners]) listener(container.state.ExitCode);
}
