/**
 * Container events as `docker events` shows them: the actor's attributes are the
 * container's labels plus `image` and `name`, and each action may add its own
 * (`exitCode` for die, `signal` for kill).
 */
import type { Container } from '../../container/container.ts';
import type { DaemonContext } from '../context.ts';

export function emitContainerEvent(ctx: DaemonContext, container: Container, action: string, extra: Record<string, string> = {}): void {
  const now = ctx.clock.now();
  ctx.events.emit({
    kind: 'docker',
    message: {
      Type: 'container',
      Action: action,
      Actor: {
        ID: container.id,
        Attributes: { ...(container.config.Labels ?? {}), image: container.image, name: container.name, ...extra },
      },
      scope: 'local',
      time: Math.floor(now / 1000),
      timeNano: now * 1_000_000,
    },
  });
}

export function emitStateChange(ctx: DaemonContext, container: Container, from: string, exitCode?: number): void {
  ctx.events.emit({ kind: 'container.state', containerId: container.id, from, to: container.status, exitCode });
}
