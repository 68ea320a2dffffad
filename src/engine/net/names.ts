/**
 * Turning a host name into an address the way a program's resolver does: an IPv4
 * literal is itself; otherwise /etc/hosts of the namespace comes first (Docker writes
 * `localhost` and the container's own hostname there), then Docker's embedded DNS —
 * which only answers on user-defined networks. The host knows `localhost` only.
 */
import type { ContainerStore } from '../daemon/containers/store.ts';
import { resolve as dnsResolve } from '../network/dns.ts';
import type { NetworkStore } from '../network/store.ts';
import { isIpv4, type Namespace } from './namespace.ts';

export interface NameDeps {
  readonly networks: NetworkStore;
  readonly containers: Pick<ContainerStore, 'find'>;
}

/** The address of `name` in /etc/hosts text, IPv4 entries only. */
export function lookupHosts(hosts: string, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const line of hosts.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (address && isIpv4(address) && names.some((n) => n.toLowerCase() === wanted)) return address;
  }
  return undefined;
}

function hostsOf(deps: NameDeps, containerId: string): string {
  const container = deps.containers.find(containerId);
  const fs = container?.procFs ?? container?.fs;
  try {
    return fs?.readText('/etc/hosts') ?? '';
  } catch {
    return '';
  }
}

/** The IPv4 address `name` resolves to from `ns`, or undefined (NXDOMAIN). */
export function resolveName(deps: NameDeps, ns: Namespace, name: string): string | undefined {
  const host = name.replace(/\.$/, '');
  if (isIpv4(host)) return host;
  if (ns.kind === 'host') return host.toLowerCase() === 'localhost' ? '127.0.0.1' : undefined;
  return lookupHosts(hostsOf(deps, ns.id), host) ?? dnsResolve(deps.networks, ns.id, host);
}
