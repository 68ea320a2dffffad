/**
 * Where a packet to an address goes, following Docker's bridge networking: loopback
 * stays in the sender's namespace; a container's own address is itself; the gateway
 * of one of its networks is the host; another container's address is reachable only
 * over a network both are on; from the host, loopback (and the bridges' gateways)
 * lead to the host's own ports and to what containers publish there via docker-proxy.
 * Anything else has no route.
 */
import type { Container } from '../container/container.ts';
import type { NetworkStore } from '../network/store.ts';
import type { ContainerStore } from '../daemon/containers/store.ts';
import { isLoopback, namespaceOf, type Namespace } from './namespace.ts';

export interface RoutingDeps {
  readonly networks: NetworkStore;
  readonly containers: Pick<ContainerStore, 'find'> & { all(): Container[] };
}

/** A destination inside a namespace, and the source address the server sees. */
export interface Hop {
  ns: Namespace;
  /** The destination address inside `ns` (checked against the listener's bound address). */
  dest: string;
  peer: string;
}

/** `toHost`: the host's ports (its listeners, then published ports) answer; else `hop`. */
export type Route = { toHost: true; peer: string } | { toHost: false; hop: Hop };

export function route(deps: RoutingDeps, from: Namespace, ip: string): Route | undefined {
  if (from.kind === 'host') return isLoopback(ip) || isGateway(deps, ip) ? { toHost: true, peer: '127.0.0.1' } : undefined;
  if (isLoopback(ip)) return { toHost: false, hop: { ns: from, dest: '127.0.0.1', peer: '127.0.0.1' } };
  const own = deps.networks.endpointsOf(from.id);
  for (const { endpoint } of own) {
    if (endpoint.ip === ip) return { toHost: false, hop: { ns: from, dest: ip, peer: ip } };
    if (endpoint.gateway === ip) return { toHost: true, peer: endpoint.ip };
  }
  for (const { network, endpoint } of own) {
    for (const other of network.endpoints.values()) {
      if (other.ip === ip) return { toHost: false, hop: { ns: namespaceOf(deps.containers, other.containerId), dest: ip, peer: endpoint.ip } };
    }
  }
  return undefined;
}

function isGateway(deps: RoutingDeps, ip: string): boolean {
  return deps.networks.all().some((n) => n.ipam?.gatewayText === ip);
}

/**
 * The running container publishing host `port`, as docker-proxy reaches it: its
 * private port at its first address, from the bridge gateway.
 */
export function publishedPort(deps: RoutingDeps, port: number): (Hop & { port: number }) | undefined {
  for (const container of deps.containers.all()) {
    if (!container.isRunning) continue;
    const binding = container.ports.find((p) => p.hostPort === port && p.type === 'tcp');
    if (!binding) continue;
    const endpoint = deps.networks.endpointsOf(container.id)[0]?.endpoint;
    return { ns: namespaceOf(deps.containers, container.id), port: binding.privatePort, dest: endpoint?.ip || '127.0.0.1', peer: endpoint?.gateway || '127.0.0.1' };
  }
  return undefined;
}
