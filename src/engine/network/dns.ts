/**
 * Docker's embedded DNS (127.0.0.11) as a container sees it. On a user-defined
 * network a container resolves its peers by container name, by network alias, by short
 * ID (and hostname); `name.network` narrows the lookup to one network. The default
 * bridge has no embedded DNS — containers there only reach each other by IP (or the
 * legacy `--link`, which writes /etc/hosts) — so nothing resolves through it.
 */
import { hasEmbeddedDns, type Endpoint } from './network.ts';
import type { NetworkStore } from './store.ts';

/**
 * The names an endpoint answers to (moby buildEndpointDNSNames): container name,
 * aliases, short ID, hostname, without duplicates.
 */
export function dnsNames(containerId: string, name: string | undefined, aliases: readonly string[], hostname?: string): string[] {
  const names = [...(name ? [name] : []), ...aliases, containerId.slice(0, 12), ...(hostname ? [hostname] : [])];
  return [...new Set(names)];
}

/**
 * The IPv4 address `name` resolves to from inside `fromContainerId`, or undefined
 * (the resolver's NXDOMAIN). Only networks the asking container is running on count.
 * @example resolve(store, webId, 'db') // '172.18.0.3' when both are on a user network
 */
export function resolve(store: NetworkStore, fromContainerId: string, name: string): string | undefined {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  for (const { network } of store.endpointsOf(fromContainerId)) {
    if (!hasEmbeddedDns(network)) continue;
    const suffix = `.${network.name.toLowerCase()}`;
    const candidates = wanted.endsWith(suffix) ? [wanted, wanted.slice(0, -suffix.length)] : [wanted];
    for (const endpoint of network.endpoints.values()) {
      const names = namesOf(store, endpoint).map((n) => n.toLowerCase());
      if (candidates.some((c) => names.includes(c))) return endpoint.ip;
    }
  }
  return undefined;
}

function namesOf(store: NetworkStore, endpoint: Endpoint): string[] {
  const id = endpoint.containerId;
  return dnsNames(id, store.deps.containerName(id), endpoint.aliases, store.deps.containerHostname?.(id));
}
