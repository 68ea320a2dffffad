/**
 * Network events as `docker events` shows them: the actor is the network, with its
 * `name` and driver `type`; connect and disconnect add the `container` ID.
 */
import type { EventBus } from '../events/bus.ts';
import type { Clock } from '../util/clock.ts';
import type { Network } from './network.ts';

export type NetworkAction = 'create' | 'destroy' | 'connect' | 'disconnect';

export function emitNetworkEvent(deps: { clock: Clock; events: EventBus }, network: Network, action: NetworkAction, containerId?: string): void {
  const now = deps.clock.now();
  const attributes: Record<string, string> = containerId ? { container: containerId } : {};
  ctxEmit(deps, { ID: network.id, Attributes: { ...attributes, name: network.name, type: network.driver } }, action, now);
}

/** `docker network prune` announces itself once, with nothing reclaimed (networks have no size). */
export function emitNetworkPrune(deps: { clock: Clock; events: EventBus }): void {
  ctxEmit(deps, { ID: '', Attributes: { reclaimed: '0' } }, 'prune', deps.clock.now());
}

function ctxEmit(deps: { events: EventBus }, actor: { ID: string; Attributes: Record<string, string> }, action: string, now: number): void {
  deps.events.emit({
    kind: 'docker',
    message: { Type: 'network', Action: action, Actor: actor, scope: 'local', time: Math.floor(now / 1000), timeNano: now * 1_000_000 },
  });
}
