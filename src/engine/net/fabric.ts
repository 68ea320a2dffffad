/**
 * The virtual TCP fabric: who listens where, and where a connection from one
 * namespace to `host:port` ends up. Listeners are filed by (namespace, port) with the
 * address they bound (0.0.0.0 answers on every address of the namespace, 127.0.0.1 on
 * loopback only). Routing follows Docker's bridge networking: loopback stays in the
 * namespace; the host's `localhost:<published port>` goes through docker-proxy to the
 * container's private port (the server sees the bridge gateway as its peer); containers
 * reach each other's addresses only on a network they share; anything else is
 * unroutable and times out as the kernel's SYN retries do.
 */
import type { Container } from '../container/container.ts';
import type { Registries } from '../registry/registries.ts';
import { Registry } from '../registry/registry.ts';
import { privateRegistryPolicy } from '../registry/registries.ts';
import type { VirtualClock } from '../util/clock.ts';
import { NetError } from './errors.ts';
import type { HttpHandler, HttpRequest, HttpResponse } from './http.ts';
import { hostNamespace, isLoopback, namespaceKey, namespaceOf, type Namespace } from './namespace.ts';
import { resolveName, type NameDeps } from './names.ts';

export interface FabricDeps extends NameDeps {
  readonly clock: VirtualClock;
  readonly containers: NameDeps['containers'] & { all(): Container[] };
  /** Where `localhost:<port>` registries live (local-registry.ts puts a registry container's there). */
  readonly images?: { readonly registries: Pick<Registries, 'get'> };
}

/** An open connection: where it went, and a way to exchange one request for a response. */
export interface Connection {
  readonly ip: string;
  readonly port: number;
  send(req: HttpRequest): Promise<HttpResponse>;
}

export interface Listening {
  close(): void;
}

interface Listener {
  handler: HttpHandler;
  /** The bound address: 0.0.0.0 (any), 127.0.0.1 (loopback only) or one address. */
  address: string;
}

/** Where a route ends: a namespace, the destination address inside it, and the peer the server sees. */
interface Route {
  ns: Namespace;
  port: number;
  dest: string;
  peer: string;
  /** Through docker-proxy: a missing listener resets instead of refusing. */
  proxied: boolean;
}

/** Linux gives up on an unanswered SYN after 6 retries: 1+2+4+8+16+32+64 s. */
export const synTimeoutMs = 127_000;

export class NetFabric {
  private readonly listeners = new Map<string, Map<number, Listener>>();
  /** Storage of registry containers that publish no port (nobody else can reach it). */
  private readonly unpublished = new Map<string, Registry>();

  constructor(private readonly deps: FabricDeps) {}

  /** Bind `port` in `ns`. @throws NetError EADDRINUSE when the namespace already has it. */
  listen(ns: Namespace, port: number, handler: HttpHandler, options: { host?: string } = {}): Listening {
    const key = namespaceKey(ns);
    const ports = this.listeners.get(key) ?? new Map<number, Listener>();
    if (ports.has(port)) throw new NetError('EADDRINUSE', `listen tcp ${options.host ?? '0.0.0.0'}:${port}: bind: address already in use`);
    const listener: Listener = { handler, address: options.host ?? '0.0.0.0' };
    ports.set(port, listener);
    this.listeners.set(key, ports);
    return { close: () => ports.get(port) === listener && ports.delete(port) };
  }

  /** The namespace of a container's processes. */
  namespaceOf(containerId: string): Namespace {
    return namespaceOf(this.deps.containers, containerId);
  }

  /**
   * The Registry a registry container serves: the one `docker push localhost:<port>`
   * reaches through its published port 5000, else one of its own.
   */
  registryFor(containerId: string): Registry {
    const container = this.deps.containers.find(containerId);
    for (const p of container?.ports ?? []) {
      const found = p.privatePort === 5000 ? this.deps.images?.registries.get(`localhost:${p.hostPort}`) : undefined;
      if (found) return found;
    }
    const own = this.unpublished.get(containerId) ?? new Registry('localhost', privateRegistryPolicy);
    this.unpublished.set(containerId, own);
    return own;
  }

  /** Close every listener of a namespace (its container stopped). */
  closeAll(ns: Namespace): void {
    this.listeners.delete(namespaceKey(ns));
  }

  /** Which ports listen in a namespace (for tests and `netstat`-like views). */
  listening(ns: Namespace): number[] {
    return [...(this.listeners.get(namespaceKey(ns))?.keys() ?? [])].sort((a, b) => a - b);
  }

  /**
   * Open a connection from `from` to `host:port`.
   * @throws NetError ENOTFOUND, ECONNREFUSED, ECONNRESET, ENETUNREACH-like ETIMEDOUT
   * @example await fabric.connect(hostNamespace, 'localhost', 8080)
   */
  async connect(from: Namespace, host: string, port: number): Promise<Connection> {
    const ip = resolveName(this.deps, from, host);
    if (ip === undefined) throw new NetError('ENOTFOUND', `Could not resolve host: ${host}`);
    const route = this.route(from, ip);
    if (!route) {
      await this.deps.clock.sleep(synTimeoutMs);
      throw new NetError('ETIMEDOUT', 'Connection timed out', ip, synTimeoutMs);
    }
    const target = route.proxied ? this.published(port) : { ...route, port };
    const listener = target && this.listenerAt(target.ns, target.port, target.dest);
    if (!target || !listener) {
      if (target?.proxied) return { ip, port, send: () => Promise.reject(new NetError('ECONNRESET', 'Connection reset by peer', ip)) };
      throw new NetError('ECONNREFUSED', 'Connection refused', ip);
    }
    return { ip, port, send: (req) => listener.handler(req, { ip: target.peer }) };
  }

  private listenerAt(ns: Namespace, port: number, dest: string): Listener | undefined {
    const listener = this.listeners.get(namespaceKey(ns))?.get(port);
    if (!listener) return undefined;
    const any = listener.address === '0.0.0.0' || listener.address === '::' || listener.address === '';
    if (any || listener.address === dest || (isLoopback(listener.address) && isLoopback(dest))) return listener;
    return undefined;
  }

  /** Where `ip` leads from `from`; `proxied` means "the host's published ports and listeners". */
  private route(from: Namespace, ip: string): Route | undefined {
    const toHost = (peer: string): Route => ({ ns: hostNamespace, port: 0, dest: '127.0.0.1', peer, proxied: true });
    if (from.kind === 'host') return isLoopback(ip) || this.isGateway(ip) ? toHost('127.0.0.1') : undefined;
    if (isLoopback(ip)) return { ns: from, port: 0, dest: '127.0.0.1', peer: '127.0.0.1', proxied: false };
    const own = this.deps.networks.endpointsOf(from.id);
    for (const { endpoint } of own) {
      if (endpoint.ip === ip) return { ns: from, port: 0, dest: ip, peer: ip, proxied: false };
      if (endpoint.gateway === ip) return toHost(endpoint.ip);
    }
    for (const { network, endpoint } of own) {
      for (const other of network.endpoints.values()) {
        if (other.ip !== ip) continue;
        return { ns: namespaceOf(this.deps.containers, other.containerId), port: 0, dest: ip, peer: endpoint.ip, proxied: false };
      }
    }
    return undefined;
  }

  private isGateway(ip: string): boolean {
    return this.deps.networks.all().some((n) => n.ipam?.gatewayText === ip);
  }

  /**
   * The host side of `ip:port`: a listener of the host itself, else the container
   * publishing that port, reached through docker-proxy from the bridge gateway.
   */
  private published(port: number): (Route & { port: number }) | undefined {
    if (this.listeners.get(namespaceKey(hostNamespace))?.has(port)) return { ns: hostNamespace, port, dest: '127.0.0.1', peer: '127.0.0.1', proxied: false };
    for (const container of this.deps.containers.all()) {
      if (!container.isRunning) continue;
      const binding = container.ports.find((p) => p.hostPort === port && p.type === 'tcp');
      if (!binding) continue;
      const endpoint = this.deps.networks.endpointsOf(container.id)[0]?.endpoint;
      const ns = namespaceOf(this.deps.containers, container.id);
      return { ns, port: binding.privatePort, dest: endpoint?.ip ?? '127.0.0.1', peer: endpoint?.gateway || '127.0.0.1', proxied: true };
    }
    return undefined;
  }
}
