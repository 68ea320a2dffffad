// Builds a VolumeStore over a seeded clock, event bus and ID generator, and an API
// handler over it for the route tests.
import { createRouter } from '../../../src/engine/api/router.ts';
import { volumeRoutes } from '../../../src/engine/api/routes/volumes.ts';
import type { ApiRequest } from '../../../src/engine/api/types.ts';
import { createIdGenerator, type DaemonContext } from '../../../src/engine/daemon/context.ts';
import { EventBus } from '../../../src/engine/events/bus.ts';
import type { DockerEventMessage } from '../../../src/engine/events/types.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';
import { createRng } from '../../../src/engine/util/rng.ts';
import { VolumeStore } from '../../../src/engine/volume/store.ts';

export function makeVolumes(seed = 3) {
  const clock = new VirtualClock(Date.UTC(2025, 0, 2, 3, 4, 5, 678));
  const events = new EventBus(clock);
  const newId = createIdGenerator(createRng(seed));
  const store = new VolumeStore({ clock, events, newId });
  const dockerEvents: DockerEventMessage[] = [];
  events.subscribe((e) => {
    if (e.kind === 'docker') dockerEvents.push(e.message);
  });
  const handler = createRouter(volumeRoutes({} as DaemonContext, store));
  const call = (method: ApiRequest['method'], path: string, body?: unknown, query?: Record<string, string>) => handler.handle({ method, path, body, query });
  return { clock, store, newId, dockerEvents, call };
}
