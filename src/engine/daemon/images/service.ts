/**
 * The daemon's image service: the stores (content, layers, images, references), the
 * registries it can reach, and the seeded Docker Hub. Containers see it through the
 * ImageBackend interface; the image routes use the stores and distribution directly.
 */
import { ContentStore } from '../../content/store.ts';
import type { DistributionDeps } from '../../distribution/deps.ts';
import { DistributionMetadata } from '../../distribution/metadata.ts';
import type { EventBus } from '../../events/bus.ts';
import type { FsSnapshot } from '../../fs/node.ts';
import { LayerStore } from '../../image/layerstore.ts';
import { ReferenceStore } from '../../image/refstore.ts';
import { resolveImage } from '../../image/resolve.ts';
import { rootfsOf } from '../../image/rootfs.ts';
import { ImageStore } from '../../image/store.ts';
import { hubImages } from '../../registry/hub/index.ts';
import { Registries } from '../../registry/registries.ts';
import { seedRegistry } from '../../registry/seed.ts';
import type { VirtualClock } from '../../util/clock.ts';
import type { Digest } from '../../util/digest.ts';
import type { ImageBackend } from '../context.ts';
import type { ContainerStore } from '../containers/store.ts';

export class ImageService implements ImageBackend {
  readonly content = new ContentStore();
  readonly layers = new LayerStore(this.content);
  readonly images = new ImageStore(this.layers);
  readonly refs = new ReferenceStore();
  readonly registries = new Registries();
  readonly metadata = new DistributionMetadata();
  readonly deps: DistributionDeps;

  constructor(clock: VirtualClock, bus: EventBus, containers: ContainerStore) {
    seedRegistry(this.registries.hub, hubImages);
    this.deps = {
      images: this.images,
      refs: this.refs,
      layers: this.layers,
      registries: this.registries,
      metadata: this.metadata,
      clock,
      bus,
      containers: () => containers.all().map((c) => ({ id: c.id, imageId: c.imageId, running: c.isRunning || c.status === 'paused' || c.status === 'restarting' })),
    };
  }

  resolve(ref: string) {
    const record = resolveImage(this.images, this.refs, ref);
    return { id: record.id, config: record.config.config };
  }

  rootfs(id: string): FsSnapshot {
    return rootfsOf(this.images, this.layers, id as Digest);
  }
}
