/**
 * The three networks dockerd creates when it starts: `bridge` (docker0,
 * 172.17.0.0/16, gateway 172.17.0.1), `host` and `none`. Their IDs come from the
 * session's generator in that order, so a seeded session always shows the same
 * `docker network ls`.
 */
import { parseIp } from './cidr.ts';
import { Ipam } from './ipam.ts';
import type { Network, NetworkDriver } from './network.ts';

export const predefinedNames: readonly string[] = ['bridge', 'host', 'none'];

/** The docker0 options `docker network inspect bridge` shows. */
const defaultBridgeOptions: Record<string, string> = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

export function predefinedNetworks(newId: () => string, created: number): Network[] {
  const make = (name: string, driver: NetworkDriver, extra: Partial<Network> = {}): Network => ({
    id: newId(),
    name,
    driver,
    created,
    predefined: true,
    internal: false,
    attachable: false,
    options: {},
    labels: {},
    ipamOptions: null,
    userSubnet: false,
    endpoints: new Map(),
    ...extra,
  });
  return [
    make('bridge', 'bridge', {
      options: { ...defaultBridgeOptions },
      ipam: new Ipam({ base: parseIp('172.17.0.0')!, bits: 16 }, parseIp('172.17.0.1')!),
    }),
    make('host', 'host'),
    make('none', 'null'),
  ];
}
