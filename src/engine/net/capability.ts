/**
 * What a process may do on the network (ProcessContext.net): listen on a port of its
 * namespace and make HTTP requests from it. Every process of a container shares the
 * container's namespace; the host shell's processes share the host's. The runtime
 * closes a process's listeners when it exits, the daemon all of a container's when
 * it stops.
 */
import type { Registry } from '../registry/registry.ts';
import { NetError } from './errors.ts';
import type { Connection, Listening, NetFabric } from './fabric.ts';
import { bytesOf, type HttpHandler, type HttpResponse } from './http.ts';
import { hostNamespace, type Namespace } from './namespace.ts';
import { parseUrl } from './url.ts';

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface ProcessNet {
  /** @throws NetError EADDRINUSE when the port is taken in this namespace. */
  listen(port: number, handler: HttpHandler, options?: { host?: string }): Listening;
  /**
   * One HTTP request (no redirects followed); a Host header is added when missing.
   * @throws NetError ENOTFOUND, ECONNREFUSED, ECONNRESET, ETIMEDOUT
   */
  request(url: string, init?: RequestInit): Promise<HttpResponse>;
  /** The lower half of `request`: resolve and connect, so a client can say where it connected. */
  connect?(host: string, port: number): Promise<Connection>;
  /** The storage a `registry` container serves (the engine's Registry behind its port), if this is one. */
  registry?(): Registry | undefined;
}

/** The capability for processes in `ns`. */
export function processNet(fabric: NetFabric, ns: Namespace, registry?: () => Registry | undefined): ProcessNet {
  const connect = (host: string, port: number): Promise<Connection> => fabric.connect(ns, host, port);
  return {
    listen: (port, handler, options) => fabric.listen(ns, port, handler, options),
    connect,
    request: async (url, init = {}) => {
      const parsed = parseUrl(url);
      if (!parsed) throw new NetError('ENOTFOUND', `URL rejected: Malformed input to a URL function`);
      const connection = await connect(parsed.host, parsed.port);
      const headers = { ...(init.headers ?? {}) };
      if (!Object.keys(headers).some((k) => k.toLowerCase() === 'host')) headers.Host = parsed.authority;
      return connection.send({ method: init.method ?? 'GET', path: parsed.path, headers, body: bytesOf(init.body) });
    },
    ...(registry ? { registry } : {}),
  };
}

/** The capability of the learner's host shell: `localhost` and published ports. */
export function hostNet(fabric: NetFabric): ProcessNet {
  return processNet(fabric, hostNamespace);
}

/** The capability of a container's processes (PID 1 and `docker exec`). */
export function containerNet(fabric: NetFabric, containerId: string): ProcessNet {
  return processNet(fabric, fabric.namespaceOf(containerId), () => fabric.registryFor(containerId));
}
