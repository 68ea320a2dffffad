/**
 * The JSON views of networks: the list item and inspect document (`GET /networks`,
 * `GET /networks/{id}`, moby api/types/network.Inspect) and, for container inspect,
 * a container's `NetworkSettings.Networks` (EndpointSettings per network name).
 * The list leaves `Containers` empty, as the daemon does without `verbose`.
 */
import { dnsNames } from './dns.ts';
import { rfc3339Nano } from '../util/gotime.ts';
import { hasEmbeddedDns, type Network } from './network.ts';
import type { NetworkStore } from './store.ts';


function ipamView(network: Network) {
  const config = network.ipam ? [{ Subnet: network.ipam.subnetText, Gateway: network.ipam.gatewayText }] : network.predefined ? null : [];
  return { Driver: 'default', Options: network.ipamOptions, Config: config };
}

export function networkSummary(network: Network): Record<string, unknown> {
  return {
    Name: network.name,
    Id: network.id,
    Created: rfc3339Nano(network.created),
    Scope: 'local',
    Driver: network.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: ipamView(network),
    Internal: network.internal,
    Attachable: network.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: {},
    Options: { ...network.options },
    Labels: { ...network.labels },
  };
}

/** Inspect: the summary plus every active endpoint, keyed by container ID. */
export function networkInspect(store: NetworkStore, network: Network): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  for (const e of network.endpoints.values()) {
    containers[e.containerId] = {
      Name: store.deps.containerName(e.containerId) ?? '',
      EndpointID: e.id,
      MacAddress: e.mac,
      IPv4Address: e.ip ? `${e.ip}/${e.prefixLen}` : '',
      IPv6Address: '',
    };
  }
  return { ...networkSummary(network), Containers: containers };
}

/**
 * `NetworkSettings.Networks` of a container: one EndpointSettings per attached network
 * (by name); address fields are empty while it is not running.
 */
export function containerNetworkSettings(store: NetworkStore, containerId: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const a of store.attachments.get(containerId) ?? []) {
    const network = store.find(a.networkId);
    const endpoint = network?.endpoints.get(containerId);
    const aliases = a.config.aliases ?? [];
    out[network?.name ?? a.networkName] = {
      IPAMConfig: a.config.ipv4 ? { IPv4Address: a.config.ipv4 } : null,
      Links: null,
      Aliases: aliases.length > 0 ? [...aliases] : null,
      MacAddress: endpoint?.mac ?? '',
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: network?.id ?? '',
      EndpointID: endpoint?.id ?? '',
      Gateway: endpoint?.gateway ?? '',
      IPAddress: endpoint?.ip ?? '',
      IPPrefixLen: endpoint?.prefixLen ?? 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames:
        network && hasEmbeddedDns(network)
          ? dnsNames(containerId, store.deps.containerName(containerId), aliases, store.deps.containerHostname?.(containerId))
          : null,
    };
  }
  return out;
}
