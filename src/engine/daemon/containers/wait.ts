/**
 * `POST /containers/{id}/wait?condition=`: the promise of `{StatusCode}` the CLI
 * registers before it starts a container (`next-exit`), `not-running` (default; at once
 * when the container is not running), and `removed` (`docker run --rm`).
 */
import type { Container } from '../../container/container.ts';
import { invalidParameter } from '../../errdefs.ts';
import type { DaemonContext } from '../context.ts';

export interface WaitResult {
  StatusCode: number;
  Error: null | { Message: string };
}

export function waitContainer(ctx: DaemonContext, ref: string, condition = 'not-running'): Promise<WaitResult> {
  if (!['not-running', 'next-exit', 'removed'].includes(condition)) throw invalidParameter(`invalid condition: "${condition}"`);
  const container = ctx.containers.get(ref);
  const result = (status: number): WaitResult => ({ StatusCode: status, Error: null });
  if (condition === 'not-running' && !container.isRunning && container.status !== 'restarting') {
    return Promise.resolve(result(container.state.ExitCode));
  }
  const listeners: Set<(status: number) => void> =
    condition === 'removed' ? container.removeListeners : container.exitListeners;
  return new Promise((resolve) => {
    const once = (status: number) => {
      listeners.delete(once);
      resolve(result(status));
    };
    listeners.add(once);
  });
}

/** Resolves once the container has exited (used by the CLI-facing attach stream). */
export function nextExit(container: Container): Promise<number> {
  return new Promise((resolve) => {
    const once = (status: number) => {
      container.exitListeners.delete(once);
      container.removeListeners.delete(once);
      resolve(status);
    };
    container.exitListeners.add(once);
    container.removeListeners.add(once);
  });
}
