/**
 * The wiring between the daemon's container lifecycle and the fabric: the network
 * capability PID 1 and `docker exec` processes start with, and closing a container's
 * listeners when it stops. The daemon context carries the fabric as `net` (Daemon.net);
 * contexts without one (bare tests) simply run without a network.
 */
import { containerNet, type ProcessNet } from './capability.ts';
import { NetFabric } from './fabric.ts';

/** The daemon's fabric, when the context carries one. */
export function fabricOf(context: object): NetFabric | undefined {
  const net = (context as { net?: unknown }).net;
  return net instanceof NetFabric ? net : undefined;
}

/** `{ net }` for startProcess, or nothing without a fabric. */
export function containerNetOptions(context: object, containerId: string): { net?: ProcessNet } {
  const fabric = fabricOf(context);
  return fabric ? { net: containerNet(fabric, containerId) } : {};
}

/** A stopped container's namespace listens on nothing (a shared host namespace is left alone). */
export function closeContainerListeners(context: object, containerId: string): void {
  const fabric = fabricOf(context);
  const ns = fabric?.namespaceOf(containerId);
  if (fabric && ns?.kind === 'container' && ns.id === containerId) fabric.closeAll(ns);
}
