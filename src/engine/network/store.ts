/**
 * The daemon's networks (moby daemon/network.go + libnetwork's controller): the three
 * predefined ones, user-defined bridges with their subnets, lookups by ID, name or
 * unique ID prefix, create/remove/prune with Docker's refusals, and endpoints (a
 * running container's place on a network, with its address). DNS is in dns.ts, the
 * per-container configuration in attachments.ts, the JSON in views.ts.
 */
import { EngineError, invalidParameter, notFound, conflict } from '../errdefs.ts';
import type { EventBus } from '../events/bus.ts';
import type { Clock } from '../util/clock.ts';
import { overlaps, parseIp } from './cidr.ts';
import { validateCreate, type NetworkCreateRequest } from './create-request.ts';
import { emitNetworkEvent, emitNetworkPrune } from './events.ts';
import { Ipam } from './ipam.ts';
import { hasEmbeddedDns, macFor, type Endpoint, type EndpointConfig, type Network } from './network.ts';
import { allocateSubnet } from './pools.ts';
import { predefinedNetworks } from './predefined.ts';
import type { ContainerAttachment } from './attachments.ts';

export interface NetworkDeps {
  clock: Clock;
  events: EventBus;
  newId(): string;
  /** A container's current name (containers can be renamed), for endpoint views and DNS. */
  containerName(containerId: string): string | undefined;
  /** The container's hostname (`--hostname`, default its short ID), also a DNS name. */
  containerHostname?(containerId: string): string | undefined;
}

const forbidden = (message: string) => new EngineError('Forbidden', message);

export class NetworkStore {
  private readonly byId = new Map<string, Network>();
  /** Which networks each container is configured to join (see attachments.ts). */
  readonly attachments = new Map<string, ContainerAttachment[]>();

  /** Creates bridge, host and none, as dockerd does when it starts (three IDs from `newId`). */
  constructor(readonly deps: NetworkDeps) {
    for (const n of predefinedNetworks(() => deps.newId(), deps.clock.now())) this.byId.set(n.id, n);
  }

  /** In creation order. */
  all(): Network[] {
    return [...this.byId.values()];
  }

  /** moby FindNetwork: full ID, then exact name, then a unique ID prefix. */
  find(ref: string): Network | undefined {
    if (ref === '') return undefined;
    const exact = this.byId.get(ref);
    if (exact) return exact;
    const named = this.all().find((n) => n.name === ref);
    if (named) return named;
    const prefixed = this.all().filter((n) => n.id.startsWith(ref));
    if (prefixed.length > 1) throw invalidParameter(`network ${ref} is ambiguous (${prefixed.length} matches found based on ID prefix)`);
    return prefixed[0];
  }

  /** @throws EngineError NotFound `network mynet not found` */
  get(ref: string): Network {
    const found = this.find(ref);
    if (!found) throw notFound(`network ${ref} not found`);
    return found;
  }

  /** `POST /networks/create`: returns the new network (the route answers `{Id, Warning: ""}`). */
  create(request: NetworkCreateRequest): Network {
    const spec = validateCreate(request);
    if (this.all().some((n) => n.name === spec.name)) throw conflict(`network with name ${spec.name} already exists`);
    const taken = this.all().flatMap((n) => (n.ipam ? [n.ipam.subnet] : []));
    let subnet = spec.subnet;
    if (subnet) {
      const chosen = subnet;
      if (taken.some((t) => overlaps(t, chosen))) {
        throw forbidden('invalid pool request: Pool overlaps with other one on this address space');
      }
    } else {
      subnet = allocateSubnet(taken);
      if (!subnet) throw invalidParameter('all predefined address pools have been fully subnetted');
    }
    const network: Network = {
      id: this.deps.newId(),
      name: spec.name,
      driver: 'bridge',
      created: this.deps.clock.now(),
      predefined: false,
      internal: !!request.Internal,
      attachable: !!request.Attachable,
      options: { ...(request.Options ?? {}) },
      labels: { ...(request.Labels ?? {}) },
      ipamOptions: { ...(request.IPAM?.Options ?? {}) },
      ipam: new Ipam(subnet, spec.gateway ?? subnet.base + 1),
      userSubnet: spec.subnet !== undefined,
      endpoints: new Map(),
    };
    this.byId.set(network.id, network);
    emitNetworkEvent(this.deps, network, 'create');
    return network;
  }

  /** `DELETE /networks/{id}`. @throws Forbidden for predefined networks and networks with active endpoints. */
  remove(ref: string): void {
    const network = this.get(ref);
    if (network.predefined) throw forbidden(`${network.name} is a pre-defined network and cannot be removed`);
    if (network.endpoints.size > 0) {
      throw forbidden(`error while removing network: network ${network.name} id ${network.id} has active endpoints`);
    }
    this.byId.delete(network.id);
    emitNetworkEvent(this.deps, network, 'destroy');
  }

  /** `POST /networks/prune`: every user-defined network without endpoints; their names. */
  prune(keep: (network: Network) => boolean = () => false): string[] {
    const deleted: string[] = [];
    for (const network of this.all()) {
      if (network.predefined || network.endpoints.size > 0 || keep(network)) continue;
      this.remove(network.id);
      deleted.push(network.name);
    }
    emitNetworkPrune(this.deps);
    return deleted;
  }

  /**
   * Creates the container's endpoint on the network: an address from its IPAM (none on
   * host and none), a MAC derived from it, aliases for DNS.
   * @throws Forbidden `endpoint with name web already exists in network mynet`
   */
  connect(ref: string, containerId: string, config: EndpointConfig = {}): Endpoint {
    const network = this.get(ref);
    const name = this.deps.containerName(containerId) ?? containerId.slice(0, 12);
    if (network.endpoints.has(containerId)) throw forbidden(`endpoint with name ${name} already exists in network ${network.name}`);
    if (config.aliases?.length && !hasEmbeddedDns(network)) {
      throw invalidParameter('network-scoped alias is supported only for containers in user defined networks');
    }
    if (config.ipv4) {
      if (network.predefined) throw invalidParameter('user specified IP address is supported on user defined networks only');
      if (!network.userSubnet) throw invalidParameter('user specified IP address is supported only when connecting to networks with user configured subnets');
      if (parseIp(config.ipv4) === undefined) throw invalidParameter(`invalid IPv4 address: ${config.ipv4}`);
    }
    const ip = network.ipam ? network.ipam.allocate(config.ipv4) : '';
    const endpoint: Endpoint = {
      id: this.deps.newId(),
      containerId,
      networkId: network.id,
      ip,
      prefixLen: network.ipam ? network.ipam.subnet.bits : 0,
      gateway: network.ipam ? network.ipam.gatewayText : '',
      mac: macFor(ip),
      aliases: [...(config.aliases ?? [])],
      requestedIp: config.ipv4,
    };
    network.endpoints.set(containerId, endpoint);
    emitNetworkEvent(this.deps, network, 'connect', containerId);
    return endpoint;
  }

  /** Deletes the container's endpoint and gives its address back; false when it had none. */
  disconnect(ref: string, containerId: string): boolean {
    const network = this.get(ref);
    const endpoint = network.endpoints.get(containerId);
    if (!endpoint) return false;
    network.endpoints.delete(containerId);
    if (endpoint.ip) network.ipam?.release(endpoint.ip);
    emitNetworkEvent(this.deps, network, 'disconnect', containerId);
    return true;
  }

  /** The container's active endpoints, with their networks, in network creation order. */
  endpointsOf(containerId: string): { network: Network; endpoint: Endpoint }[] {
    return this.all().flatMap((network) => {
      const endpoint = network.endpoints.get(containerId);
      return endpoint ? [{ network, endpoint }] : [];
    });
  }
}
