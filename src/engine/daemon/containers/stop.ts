/**
 * Stopping, killing, restarting, pausing: the container state machine's transitions
 * with moby's rules. `stop` sends the image's StopSignal (SIGTERM by default), waits the
 * grace period in virtual time, then SIGKILLs the whole tree — which is why PID 1
 * programs that ignore SIGTERM take 10 s to stop and exit 137.
 */
import type { Container } from '../../container/container.ts';
import { conflict, invalidParameter, notModified } from '../../errdefs.ts';
import { signalNumbers, type Signal } from '../../process/types.ts';
import type { DaemonContext } from '../context.ts';
import { emitContainerEvent, emitStateChange } from './events.ts';
import { startContainer } from './start.ts';

/** `TERM`, `SIGTERM`, `15` → `SIGTERM`. */
export function parseSignal(text: string): Signal {
  const upper = text.toUpperCase();
  const name = (upper.startsWith('SIG') ? upper : `SIG${upper}`) as Signal;
  if (name in signalNumbers) return name;
  const byNumber = Object.entries(signalNumbers).find(([, n]) => String(n) === text);
  if (byNumber) return byNumber[0] as Signal;
  throw invalidParameter(`Invalid signal: ${text}`);
}

function deliver(ctx: DaemonContext, container: Container, signal: Signal): void {
  emitContainerEvent(ctx, container, 'kill', { signal: String(signalNumbers[signal]) });
  if (signal === 'SIGKILL') container.process?.group.signalAll('SIGKILL');
  else container.process?.kill(signal);
}

export async function stopContainer(ctx: DaemonContext, ref: string, options: { timeout?: number; signal?: string } = {}): Promise<void> {
  const container = ctx.containers.get(ref);
  if (container.restartTimer !== undefined && container.status === 'restarting') {
    ctx.clock.clearTimer(container.restartTimer);
    container.restartTimer = undefined;
    container.manuallyStopped = true;
    container.setState({ Status: 'exited', Restarting: false });
    emitStateChange(ctx, container, 'restarting');
    emitContainerEvent(ctx, container, 'stop');
    return;
  }
  const proc = container.process;
  if (!proc || !container.isRunning) throw notModified();
  container.manuallyStopped = true;
  const signal = parseSignal(options.signal || container.config.StopSignal || 'SIGTERM');
  const grace = options.timeout ?? (container.config.StopTimeout as number | undefined) ?? 10;
  deliver(ctx, container, signal);
  if (proc.running) {
    const timedOut = await Promise.race([proc.exited.then(() => false), ctx.clock.sleep(Math.max(0, grace) * 1000).then(() => true)]);
    if (timedOut && proc.running) deliver(ctx, container, 'SIGKILL');
  }
  await proc.exited;
  emitContainerEvent(ctx, container, 'stop');
}

export async function killContainer(ctx: DaemonContext, ref: string, signalText = 'SIGKILL'): Promise<void> {
  const container = ctx.containers.get(ref);
  const signal = parseSignal(signalText);
  if (!container.process || !container.isRunning) {
    throw conflict(`cannot kill container: ${ref}: container ${container.id} is not running`);
  }
  if (signal === 'SIGKILL' || signal === parseSignal(container.config.StopSignal || 'SIGTERM')) container.manuallyStopped = true;
  deliver(ctx, container, signal);
  if (signal === 'SIGKILL') await container.process?.exited;
}

export async function restartContainer(ctx: DaemonContext, ref: string, options: { timeout?: number; signal?: string } = {}): Promise<void> {
  const container = ctx.containers.get(ref);
  if (container.isRunning) await stopContainer(ctx, ref, options);
  startContainer(ctx, container.id);
  emitContainerEvent(ctx, container, 'restart');
}

export function pauseContainer(ctx: DaemonContext, ref: string): void {
  const container = ctx.containers.get(ref);
  if (!container.isRunning) throw conflict(`Container ${container.id} is not running`);
  if (container.state.Paused) throw conflict(`Container ${container.id} is already paused`);
  container.process?.group.freeze();
  container.setState({ Status: 'paused', Paused: true });
  emitContainerEvent(ctx, container, 'pause');
  emitStateChange(ctx, container, 'running');
}

export function unpauseContainer(ctx: DaemonContext, ref: string): void {
  const container = ctx.containers.get(ref);
  if (!container.state.Paused) throw conflict(`Container ${container.id} is not paused`);
  container.process?.group.thaw();
  container.setState({ Status: 'running', Paused: false });
  emitContainerEvent(ctx, container, 'unpause');
  emitStateChange(ctx, container, 'paused');
}
