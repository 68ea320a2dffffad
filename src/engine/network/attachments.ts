/**
 * Which networks a container is configured to join, and the container lifecycle hooks
 * built on it. Configuration (`--network`, `--network-alias`, `--ip`, `docker network
 * connect` on a stopped container) lives as long as the container; endpoints exist
 * only while it runs. So: attach at create, start → endpoints, stop → none, remove →
 * forget. The container code calls these; it owns no network state itself.
 */
import { EngineError, invalidParameter, notFound } from '../errdefs.ts';
import type { Endpoint, EndpointConfig } from './network.ts';
import type { NetworkStore } from './store.ts';

export interface ContainerAttachment {
  networkId: string;
  /** Kept so a start after the network was removed can say which one is missing. */
  networkName: string;
  config: EndpointConfig;
}

/** NetworkingConfig.EndpointsConfig[name] as the API sends it. */
export interface EndpointSettingsRequest {
  IPAMConfig?: { IPv4Address?: string } | null;
  Aliases?: string[] | null;
}

const forbidden = (message: string) => new EngineError('Forbidden', message);

export function endpointConfigOf(settings: EndpointSettingsRequest | null | undefined): EndpointConfig {
  return { aliases: settings?.Aliases ?? undefined, ipv4: settings?.IPAMConfig?.IPv4Address || undefined };
}

/**
 * Records one network for a container (create, or `network connect` while stopped),
 * refusing what Docker refuses: host/none mixed with others, a second endpoint on the
 * same network, aliases or `--ip` where they are not supported.
 */
export function attachNetwork(store: NetworkStore, containerId: string, ref: string, config: EndpointConfig = {}): ContainerAttachment {
  const network = store.get(ref);
  const list = store.attachments.get(containerId) ?? [];
  if (list.some((a) => a.networkId === network.id)) {
    const name = store.deps.containerName(containerId) ?? containerId.slice(0, 12);
    throw forbidden(`endpoint with name ${name} already exists in network ${network.name}`);
  }
  const drivers = list.map((a) => store.find(a.networkId)?.driver);
  if (list.length > 0 && (network.driver === 'host' || drivers.includes('host'))) {
    throw forbidden('container cannot be disconnected from host network or connected to host network');
  }
  if (list.length > 0 && (network.driver === 'null' || drivers.includes('null'))) {
    throw forbidden('container cannot be connected to multiple networks with one of the networks in private (none) mode');
  }
  if (config.aliases?.length && (network.predefined || network.driver !== 'bridge')) {
    throw invalidParameter('network-scoped alias is supported only for containers in user defined networks');
  }
  if (config.ipv4 && network.predefined) throw invalidParameter('user specified IP address is supported on user defined networks only');
  if (config.ipv4 && !network.userSubnet) throw invalidParameter('user specified IP address is supported only when connecting to networks with user configured subnets');
  const attachment = { networkId: network.id, networkName: network.name, config };
  store.attachments.set(containerId, [...list, attachment]);
  return attachment;
}

/**
 * At container create: HostConfig.NetworkMode (`default` means `bridge`) plus any other
 * networks in NetworkingConfig.EndpointsConfig. `container:<id>` joins nothing.
 * @throws NotFound `network mynet not found`
 */
export function attachAtCreate(store: NetworkStore, containerId: string, networkMode: string | undefined, endpoints: Record<string, EndpointSettingsRequest | null> = {}): void {
  const mode = !networkMode || networkMode === 'default' ? 'bridge' : networkMode;
  if (mode.startsWith('container:')) return;
  const primary = store.get(mode);
  const own = endpoints[mode] ?? endpoints[primary.name] ?? endpoints[primary.id] ?? endpoints.default;
  attachNetwork(store, containerId, primary.id, endpointConfigOf(own));
  for (const [key, settings] of Object.entries(endpoints)) {
    if (key === 'default') continue;
    const network = store.get(key);
    if (network.id !== primary.id) attachNetwork(store, containerId, network.id, endpointConfigOf(settings));
  }
}

/**
 * At container start: one endpoint per attached network, in attach order. If a
 * network has been removed meanwhile, undoes what it did and throws NotFound.
 */
export function connectAll(store: NetworkStore, containerId: string): Endpoint[] {
  const made: Endpoint[] = [];
  try {
    for (const a of store.attachments.get(containerId) ?? []) {
      if (!store.find(a.networkId)) throw notFound(`network ${a.networkName} not found`);
      made.push(store.connect(a.networkId, containerId, a.config));
    }
  } catch (error) {
    for (const e of made) store.disconnect(e.networkId, containerId);
    throw error;
  }
  return made;
}

/** At container stop (or exit): every endpoint goes, addresses return to their pools. */
export function disconnectAll(store: NetworkStore, containerId: string): void {
  for (const { network } of store.endpointsOf(containerId)) store.disconnect(network.id, containerId);
}

/** At container remove: endpoints and configuration both go. */
export function forgetContainer(store: NetworkStore, containerId: string): void {
  disconnectAll(store, containerId);
  store.attachments.delete(containerId);
}

/** Removes one network from a container's configuration (and its endpoint, if running). */
export function detachNetwork(store: NetworkStore, containerId: string, ref: string): void {
  const network = store.get(ref);
  const list = store.attachments.get(containerId) ?? [];
  if (!list.some((a) => a.networkId === network.id)) {
    throw invalidParameter(`container ${containerId} is not connected to network ${network.name}`);
  }
  if (network.driver === 'host') throw forbidden('container cannot be disconnected from host network or connected to host network');
  store.disconnect(network.id, containerId);
  store.attachments.set(containerId, list.filter((a) => a.networkId !== network.id));
}

/**
 * `docker network connect`: a running (or paused) container gets its endpoint now, a
 * stopped one at its next start. Nothing is kept if the endpoint cannot be made.
 */
export function connectContainer(store: NetworkStore, containerId: string, running: boolean, ref: string, config: EndpointConfig = {}): void {
  const attachment = attachNetwork(store, containerId, ref, config);
  if (!running) return;
  try {
    store.connect(attachment.networkId, containerId, config);
  } catch (error) {
    const list = store.attachments.get(containerId) ?? [];
    store.attachments.set(containerId, list.filter((a) => a !== attachment));
    throw error;
  }
}
