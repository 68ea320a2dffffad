/**
 * What happens when PID 1 exits: the container stops (ports and address released),
 * `die` is announced, waiters learn the status, and then either the restart policy
 * brings it back after a back-off (100 ms doubling, as moby's restart manager), or
 * `--rm` removes it.
 */
import type { Container, ContainerProcess } from '../../container/container.ts';
import type { DaemonContext } from '../context.ts';
import { emitContainerEvent, emitStateChange } from './events.ts';
import { removeContainer } from './remove.ts';
import { runContainer } from './start.ts';
import { disconnectAll } from '../../network/attachments.ts';
import { unmountAtStop } from '../../volume/container-mounts.ts';

function shouldRestart(container: Container, status: number): boolean {
  if (container.manuallyStopped) return false;
  const policy = container.hostConfig.RestartPolicy ?? { Name: 'no' };
  switch (policy.Name) {
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure':
      return status !== 0 && (!policy.MaximumRetryCount || container.restartCount < policy.MaximumRetryCount);
    default:
      return false;
  }
}

/** What a stopped container gives back: host ports, network endpoints, mounts. */
export function releaseRuntime(ctx: DaemonContext, container: Container): void {
  ctx.ports.releaseAll(container.id);
  disconnectAll(ctx.networks, container.id);
  unmountAtStop(ctx.volumes, container.id, container.mounts);
  container.ipAddress = '';
  container.ports = [];
  container.procFs = undefined;
  container.stdin = undefined;
}

export function handleExit(ctx: DaemonContext, container: Container, proc: ContainerProcess, status: number): void {
  if (container.process !== proc) return;
  container.process = undefined;
  const from = container.status;
  container.setState({ Status: 'exited', Running: false, Paused: false, Restarting: false, Pid: 0, ExitCode: status, FinishedAt: ctx.clock.now() });
  // As dockerd: `die` first, then the network `disconnect` and volume `unmount` of the cleanup.
  emitContainerEvent(ctx, container, 'die', { exitCode: String(status) });
  releaseRuntime(ctx, container);
  emitStateChange(ctx, container, from, status);
  for (const listener of [...container.exitListeners]) listener(status);

  if (shouldRestart(container, status)) {
    container.setState({ Status: 'restarting', Restarting: true });
    emitStateChange(ctx, container, 'exited', status);
    const delay = Math.min(100 * 2 ** container.restartCount, 60_000);
    container.restartTimer = ctx.clock.setTimer(delay, () => {
      container.restartTimer = undefined;
      if (container.status !== 'restarting') return;
      container.restartCount++;
      try {
        runContainer(ctx, container);
      } catch {
        container.setState({ Status: 'exited', Restarting: false });
      }
    });
    return;
  }
  if (container.hostConfig.AutoRemove) removeContainer(ctx, container.id, { force: true });
}
