/**
 * The scene model's internal state and how one scene event changes it. Plain data
 * (arrays and records, no Maps) so a checkpoint is a structured clone.
 */
import type { SceneEvent } from './scene-events.ts';

export interface WorkingContainer {
  id: string;
  name: string;
  image: string;
  state: string;
  exitCode?: number;
  /** Virtual ms of the last state change, for "Up 2 seconds". */
  since: number;
  /** Virtual ms the container last started (a pause does not reset it). */
  startedAt: number;
  networks: string[];
}

export interface WorkingScene {
  /** image id → its tags, in tagging order. */
  images: Record<string, string[]>;
  containers: WorkingContainer[];
  networks: { id: string; name: string; driver: string }[];
  volumes: string[];
  registries: { host: string; repositories: string[] }[];
  transfers: { digest: string; direction: 'pull' | 'push'; progress: number; registry: string }[];
}

export function emptyScene(): WorkingScene {
  return { images: {}, containers: [], networks: [], volumes: [], registries: [{ host: 'docker.io', repositories: [] }], transfers: [] };
}

export function cloneScene(scene: WorkingScene): WorkingScene {
  return structuredClone(scene);
}

function untag(scene: WorkingScene, reference: string): void {
  for (const [id, tags] of Object.entries(scene.images)) scene.images[id] = tags.filter((t) => t !== reference);
}

export function applySceneEvent(scene: WorkingScene, event: SceneEvent): void {
  switch (event.type) {
    case 'image.tag':
      untag(scene, event.reference);
      scene.images[event.imageId] = [...(scene.images[event.imageId] ?? []), event.reference];
      return;
    case 'image.untag':
      untag(scene, event.reference);
      return;
    case 'image.delete':
      delete scene.images[event.imageId];
      return;
    case 'container.create':
      if (!scene.containers.some((c) => c.id === event.id)) scene.containers.push({ id: event.id, name: event.name, image: event.image, state: 'created', since: 0, startedAt: 0, networks: [] });
      return;
    case 'container.state': {
      const c = scene.containers.find((x) => x.id === event.id);
      if (!c) return;
      if (event.to === 'running' && c.state !== 'paused') c.startedAt = event.at;
      Object.assign(c, { state: event.to, since: event.at, exitCode: event.exitCode ?? (event.to === 'exited' ? c.exitCode : undefined) });
      return;
    }
    case 'container.destroy':
      scene.containers = scene.containers.filter((c) => c.id !== event.id);
      return;
    case 'container.network': {
      const c = scene.containers.find((x) => x.id === event.id);
      if (c) c.networks = event.connected ? [...new Set([...c.networks, event.network])] : c.networks.filter((n) => n !== event.network);
      return;
    }
    case 'network.create':
      if (!scene.networks.some((n) => n.id === event.id)) scene.networks.push({ id: event.id, name: event.name, driver: event.driver });
      return;
    case 'network.destroy':
      scene.networks = scene.networks.filter((n) => n.id !== event.id);
      return;
    case 'volume.create':
      if (!scene.volumes.includes(event.name)) scene.volumes.push(event.name);
      return;
    case 'volume.destroy':
      scene.volumes = scene.volumes.filter((v) => v !== event.name);
      return;
    case 'registry.repository': {
      let registry = scene.registries.find((r) => r.host === event.host);
      if (!registry) scene.registries.push((registry = { host: event.host, repositories: [] }));
      if (!registry.repositories.includes(event.repository)) registry.repositories.push(event.repository);
      return;
    }
    case 'transfer': {
      // A short `sha256:<12 hex>` from a progress stream and the full digest are the same layer.
      const same = (d: string) => d.startsWith(event.digest) || event.digest.startsWith(d);
      const known = scene.transfers.find((t) => t.direction === event.direction && same(t.digest));
      const digest = known && known.digest.length > event.digest.length ? known.digest : event.digest;
      const entry = { digest, direction: event.direction, progress: event.progress, registry: event.registry };
      scene.transfers = known ? scene.transfers.map((t) => (t === known ? entry : t)) : [...scene.transfers, entry];
      return;
    }
    case 'transfers.clear':
      scene.transfers = scene.transfers.filter((t) => t.direction !== event.direction || (event.registry !== '*' && t.registry !== event.registry));
      return;
  }
}
