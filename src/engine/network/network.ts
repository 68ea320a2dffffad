/**
 * The network model: a network (driver, IPAM, options) and its endpoints. An
 * endpoint exists while a container is running on the network — libnetwork creates it
 * at start and deletes it at stop — so "active endpoints" means running containers.
 * Which networks a container *should* join is configuration, kept in attachments.ts.
 */
import type { Ipam } from './ipam.ts';

export type NetworkDriver = 'bridge' | 'host' | 'null';

/** What a container asks of one network (`--network-alias`, `--ip`). */
export interface EndpointConfig {
  aliases?: string[];
  ipv4?: string;
}

export interface Endpoint {
  /** 64-hex endpoint ID. */
  id: string;
  containerId: string;
  networkId: string;
  /** IPv4 address without prefix; '' on host and none. */
  ip: string;
  prefixLen: number;
  gateway: string;
  mac: string;
  aliases: string[];
  /** The address the container asked for (`--ip`), shown as IPAMConfig. */
  requestedIp?: string;
}

export interface Network {
  readonly id: string;
  readonly name: string;
  readonly driver: NetworkDriver;
  /** ms since the epoch, virtual clock. */
  readonly created: number;
  /** bridge, host and none: Docker creates them and refuses to remove them. */
  readonly predefined: boolean;
  readonly internal: boolean;
  readonly attachable: boolean;
  readonly options: Record<string, string>;
  readonly labels: Record<string, string>;
  /** IPAM.Options as given at create (null on the predefined networks). */
  readonly ipamOptions: Record<string, string> | null;
  /** Only bridge networks have addresses. */
  readonly ipam?: Ipam;
  /** True when the subnet came from `--subnet`, which is what permits `--ip`. */
  readonly userSubnet: boolean;
  /** Active endpoints by container ID. */
  readonly endpoints: Map<string, Endpoint>;
}

/** Docker derives a bridge endpoint's MAC from its IPv4 address: 172.18.0.2 → 02:42:ac:12:00:02. */
export function macFor(ip: string): string {
  if (!ip) return '';
  return ['02', '42', ...ip.split('.').map((n) => Number(n).toString(16).padStart(2, '0'))].join(':');
}

/** Only user-defined networks have Docker's embedded DNS; the default bridge relies on /etc/hosts. */
export function hasEmbeddedDns(network: Network): boolean {
  return !network.predefined && network.driver === 'bridge';
}
