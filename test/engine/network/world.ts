// Builds a NetworkStore over a seeded clock, event bus and ID generator, with a
// name book standing in for the daemon's containers, plus an API handler with
// fake containers for the route tests.
import { createRouter } from '../../../src/engine/api/router.ts';
import { networkRoutes } from '../../../src/engine/api/routes/networks.ts';
import type { ApiRequest } from '../../../src/engine/api/types.ts';
import type { Container } from '../../../src/engine/container/container.ts';
import { createIdGenerator, type DaemonContext } from '../../../src/engine/daemon/context.ts';
import { ContainerStore } from '../../../src/engine/daemon/containers/store.ts';
import { EventBus } from '../../../src/engine/events/bus.ts';
import type { DockerEventMessage } from '../../../src/engine/events/types.ts';
import { NetworkStore } from '../../../src/engine/network/store.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';
import { createRng } from '../../../src/engine/util/rng.ts';

export function makeNetworks(seed = 7) {
  const clock = new VirtualClock(Date.UTC(2025, 0, 2, 3, 4, 5));
  const events = new EventBus(clock);
  const newId = createIdGenerator(createRng(seed));
  const names = new Map<string, string>();
  const store = new NetworkStore({ clock, events, newId, containerName: (id) => names.get(id) });
  const dockerEvents: DockerEventMessage[] = [];
  events.subscribe((e) => {
    if (e.kind === 'docker') dockerEvents.push(e.message);
  });
  /** A container known by name; its ID is fresh from the generator. */
  const container = (name: string) => {
    const id = newId();
    names.set(id, name);
    return id;
  };
  return { clock, events, newId, names, store, container, dockerEvents };
}

export function makeNetworkApi() {
  const world = makeNetworks();
  const containers = new ContainerStore();
  const fake = (name: string, running: boolean) => {
    const id = world.container(name);
    containers.add({ id, name, isRunning: running, status: running ? 'running' : 'created' } as unknown as Container);
    return id;
  };
  const ctx = { containers, clock: world.clock, events: world.events } as unknown as DaemonContext;
  const handler = createRouter(networkRoutes(ctx, world.store));
  const call = (method: ApiRequest['method'], path: string, body?: unknown, query?: Record<string, string>) =>
    handler.handle({ method, path, body, query });
  return { ...world, fake, call };
}
