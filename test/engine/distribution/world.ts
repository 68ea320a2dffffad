// Test fixtures built by functions: a daemon's image side (stores), a Hub seeded with
// small specs of our own, and helpers to drain pull/push streams.
import type { JsonMessage } from '../../../src/engine/api/types.ts';
import { ContentStore } from '../../../src/engine/content/store.ts';
import type { Sleeper } from '../../../src/engine/distribution/deps.ts';
import type { DistributionDeps } from '../../../src/engine/distribution/deps.ts';
import { DistributionMetadata } from '../../../src/engine/distribution/metadata.ts';
import { serializeConfig, type ImageConfig } from '../../../src/engine/image/config.ts';
import type { ContainerUsage } from '../../../src/engine/image/delete.ts';
import { LayerStore } from '../../../src/engine/image/layerstore.ts';
import { ReferenceStore } from '../../../src/engine/image/refstore.ts';
import { ImageStore, type ImageRecord } from '../../../src/engine/image/store.ts';
import { EventBus } from '../../../src/engine/events/bus.ts';
import type { EngineEvent } from '../../../src/engine/events/types.ts';
import { writeTar } from '../../../src/engine/layer/tar.ts';
import { parseNormalizedNamed } from '../../../src/engine/reference/index.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { Registries } from '../../../src/engine/registry/registries.ts';
import { seedRegistry } from '../../../src/engine/registry/seed.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';

export const alpineSpec: ImageSpec = {
  repository: 'library/alpine',
  tags: ['3.20', 'latest'],
  created: '2024-09-06T22:20:07Z',
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
  steps: [
    {
      createdBy: '/bin/sh -c #(nop) ADD file:5758b97d8301c84a204a6e516241275d785a7cb2ebe7ee9ba8f2e4f8b4ad4e0f in / ',
      files: [
        { path: '/bin/busybox', program: 'busybox', size: 919_304 },
        { path: '/bin/sh', type: 'symlink', target: '/bin/busybox' },
        { path: '/etc/os-release', content: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\n' },
        { path: '/tmp', type: 'dir', mode: 0o1777 },
      ],
    },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]' },
  ],
};

export const nodeSpec: ImageSpec = {
  repository: 'library/node',
  tags: ['20-alpine'],
  created: '2024-10-01T10:00:00Z',
  base: 'library/alpine:3.20',
  config: { Env: ['NODE_VERSION=20.18.0'], Cmd: ['node'] },
  steps: [
    { createdBy: 'ENV NODE_VERSION=20.18.0' },
    { createdBy: 'RUN install node', files: [{ path: '/usr/local/bin/node', program: 'node', size: 120_000_000 }] },
    { createdBy: 'RUN install yarn', files: [{ path: '/opt/yarn/bin/yarn', program: 'yarn', size: 5_000_000 }] },
    { createdBy: 'CMD ["node"]' },
  ],
};

export const helloSpec: ImageSpec = {
  repository: 'library/hello-world',
  tags: ['latest'],
  created: '2023-05-02T16:49:27Z',
  config: { Cmd: ['/hello'] },
  steps: [{ createdBy: 'COPY hello / # buildkit', files: [{ path: '/hello', program: 'hello', size: 13_256 }] }, { createdBy: 'CMD ["/hello"]' }],
};

/** Six layers, so pulls show `Waiting` behind the 3-download limit. */
export const bigSpec: ImageSpec = {
  repository: 'library/big',
  tags: ['latest'],
  created: '2024-01-01T00:00:00Z',
  config: {},
  steps: [1, 2, 3, 4, 5, 6].map((n) => ({ createdBy: `RUN step ${n}`, files: [{ path: `/opt/f${n}`, content: `layer ${n}\n`, size: n * 10_000_000 }] })),
};

export const specs = [alpineSpec, nodeSpec, helloSpec, bigSpec];

export interface World {
  deps: DistributionDeps;
  clock: VirtualClock;
  events: EngineEvent[];
  containers: ContainerUsage[];
}

/** A daemon's image side plus a seeded Hub; `timed` gives transfers a virtual clock. */
export function makeWorld(options: { timed?: boolean } = {}): World {
  const clock = new VirtualClock(Date.parse('2025-06-01T12:00:00Z'));
  const bus = new EventBus(clock);
  const events: EngineEvent[] = [];
  bus.subscribe((e) => events.push(e));
  const registries = new Registries();
  seedRegistry(registries.hub, specs);
  const layers = new LayerStore(new ContentStore());
  const containers: ContainerUsage[] = [];
  const deps: DistributionDeps = {
    images: new ImageStore(layers),
    refs: new ReferenceStore(),
    layers,
    containers: () => containers,
    registries,
    metadata: new DistributionMetadata(),
    bus,
    clock: options.timed ? (clock as Sleeper) : undefined,
  };
  return { deps, clock, events, containers };
}

/** Read a whole stream; with a clock, advance virtual time whenever the stream waits on it. */
export async function collect(stream: AsyncIterable<JsonMessage>, clock?: VirtualClock): Promise<JsonMessage[]> {
  const it = stream[Symbol.asyncIterator]();
  const out: JsonMessage[] = [];
  for (;;) {
    let settled = false;
    const next = it.next().finally(() => (settled = true));
    for (let spins = 0; !settled; spins++) {
      await new Promise((r) => setImmediate(r));
      const at = clock?.nextTimerAt();
      if (!settled && at !== undefined) clock!.advanceTo(at);
      else if (!settled && spins > 100) throw new Error('stream stalled');
    }
    const r = await next;
    if (r.done) return out;
    out.push(r.value);
  }
}

/** What the CLI prints without a TTY: progress messages skipped, `id: status` otherwise. */
export function nonTtyLines(messages: JsonMessage[]): string[] {
  return messages
    .filter((m) => m.aux === undefined && !(m.progressDetail && (m.progressDetail.current !== undefined || m.progressDetail.total !== undefined)))
    .map((m) => (m.error ? m.error : m.id ? `${m.id}: ${m.status}` : `${m.status}`));
}

export const ref = (s: string) => parseNormalizedNamed(s);

/** A locally built image on top of `parent` (classic builder style: parent recorded). */
export function buildImage(world: World, parent: ImageRecord | undefined, file: string, tag?: string): ImageRecord {
  const tar = writeTar([{ path: file, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 1_700_000_000, data: new TextEncoder().encode(file) }]);
  const layer = world.deps.layers.register(tar, parent?.topChainId);
  const base = parent?.config;
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    created: '2025-06-01T12:00:00Z',
    config: { ...base?.config },
    rootfs: { type: 'layers', diff_ids: [...(base?.rootfs.diff_ids ?? []), layer.diffId] },
    history: [...(base?.history ?? []), { created: '2025-06-01T12:00:00Z', created_by: `COPY ${file} /` }],
  };
  const img = world.deps.images.create(serializeConfig(config), { parent: parent?.id });
  if (tag) world.deps.refs.addTag(ref(tag), img.id);
  return img;
}
