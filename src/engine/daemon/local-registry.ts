/**
 * A private registry appears where a `registry` container publishes its port 5000:
 * while such a container runs, `localhost:<host port>` (and `127.0.0.1:<port>`) reach the
 * registry it serves; when it stops they refuse connections again. The registry's
 * content belongs to the container, so it survives a restart but not `docker rm`.
 */
import type { Container } from '../container/container.ts';
import type { EventBus } from '../events/bus.ts';
import { Registry } from '../registry/registry.ts';
import { privateRegistryPolicy, type Registries } from '../registry/registries.ts';
import type { ContainerStore } from './containers/store.ts';

const registryBinary = '/bin/registry';

function servesRegistry(container: Container): boolean {
  try {
    return container.fs.exists(registryBinary);
  } catch {
    return false;
  }
}

export function wireLocalRegistries(events: EventBus, containers: ContainerStore, registries: Registries): void {
  const owned = new Map<string, { registry: Registry; hosts: string[] }>();
  events.subscribe((event) => {
    if (event.kind !== 'container.state') return;
    const container = containers.find(event.containerId);
    const entry = owned.get(event.containerId);
    if (entry && (!container || !container.isRunning)) {
      for (const host of entry.hosts) if (registries.get(host) === entry.registry) registries.removeRegistry(host);
      entry.hosts = [];
      if (!container) owned.delete(event.containerId);
    }
    if (!container || !container.isRunning || !servesRegistry(container)) return;
    const ports = container.ports.filter((p) => p.privatePort === 5000 && p.type === 'tcp' && p.hostIp !== '::');
    if (ports.length === 0) return;
    const record = entry ?? { registry: new Registry('localhost', privateRegistryPolicy), hosts: [] };
    owned.set(container.id, record);
    for (const p of ports) {
      for (const host of [`localhost:${p.hostPort}`, `127.0.0.1:${p.hostPort}`]) {
        if (registries.get(host)) continue;
        registries.addRegistry(host, record.registry);
        record.hosts.push(host);
      }
    }
  });
}
