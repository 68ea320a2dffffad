/**
 * The virtual TCP fabric: who listens where, and where a connection from one
 * namespace to `host:port` ends up. Listeners are filed by (namespace, port) with the
 * address they bound (0.0.0.0 answers on every address of the namespace, 127.0.0.1 on
 * loopback only). Names resolve as in names.ts, addresses route as in routing.ts; an
 * address without a route times out as the kernel's SYN retries do.
 */
import type { Registries } from '../registry/registries.ts';
import { Registry } from '../registry/registry.ts';
import { privateRegistryPolicy } from '../registry/registries.ts';
import type { VirtualClock } from '../util/clock.ts';
import { NetError } from './errors.ts';
import type { HttpHandler, HttpRequest, HttpResponse } from './http.ts';
import { hostNamespace, isLoopback, namespaceKey, namespaceOf, type Namespace } from './namespace.ts';
import { resolveName } from './names.ts';
import { publishedPort, route, type Hop, type RoutingDeps } from './routing.ts';

export interface FabricDeps extends RoutingDeps {
  readonly clock: VirtualClock;
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
   * @throws NetError ENOTFOUND, ECONNREFUSED, ETIMEDOUT (no route); a published port with nothing behind it connects, then resets
   * @example await fabric.connect(hostNamespace, 'localhost', 8080)
   */
  async connect(from: Namespace, host: string, port: number): Promise<Connection> {
    const ip = resolveName(this.deps, from, host);
    if (ip === undefined) throw new NetError('ENOTFOUND', `Could not resolve host: ${host}`);
    const way = route(this.deps, from, ip);
    if (!way) {
      await this.deps.clock.sleep(synTimeoutMs);
      throw new NetError('ETIMEDOUT', 'Connection timed out', ip, synTimeoutMs);
    }
    let hop: Hop & { port: number };
    let proxied = false;
    if (!way.toHost) hop = { ...way.hop, port };
    else if (this.listeners.get(namespaceKey(hostNamespace))?.has(port)) hop = { ns: hostNamespace, dest: '127.0.0.1', peer: way.peer, port };
    else {
      const published = publishedPort(this.deps, port);
      if (!published) throw new NetError('ECONNREFUSED', 'Connection refused', ip);
      hop = published;
      proxied = true;
    }
    const listener = this.listenerAt(hop.ns, hop.port, hop.dest);
    if (listener) return { ip, port, send: (req) => listener.handler(req, { ip: hop.peer }) };
    // docker-proxy accepted the connection; its own connection to the container failed.
    if (proxied) return { ip, port, send: () => Promise.reject(new NetError('ECONNRESET', 'Connection reset by peer', ip)) };
    throw new NetError('ECONNREFUSED', 'Connection refused', ip);
  }

  private listenerAt(ns: Namespace, port: number, dest: string): Listener | undefined {
    const listener = this.listeners.get(namespaceKey(ns))?.get(port);
    if (!listener) return undefined;
    const any = listener.address === '0.0.0.0' || listener.address === '::' || listener.address === '';
    if (any || listener.address === dest || (isLoopback(listener.address) && isLoopback(dest))) return listener;
    return undefined;
  }
}
