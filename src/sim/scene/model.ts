/**
 * The event-sourced scene: a base state, the scene events in engine order, and a checkpoint
 * every `interval` events, so the picture at any point is the nearest checkpoint plus a few
 * events (stepping back is cheap). Facts (layers, ports) are joined in when a scene is drawn,
 * so facts that arrive late improve every step that shows the image. `compact` folds the
 * oldest events into the base when the trace drops old steps.
 */
import { humanDuration } from '../format/index.ts';
import type { ContainerFacts, ImageFacts, Baseline } from './facts.ts';
import type { SceneEntry, SceneEvent } from './scene-events.ts';
import type { SceneContainer, SceneState } from './types.ts';
import { applySceneEvent, cloneScene, emptyScene, type WorkingContainer, type WorkingScene } from './working.ts';

export class SceneModel {
  private base: WorkingScene = emptyScene();
  private entries: SceneEntry[] = [];
  private checkpoints: WorkingScene[] = [];
  readonly images = new Map<string, ImageFacts>();
  readonly containers = new Map<string, ContainerFacts>();

  constructor(private readonly interval = 64) {}

  /** Start from what the daemon already holds (`now`: when it was asked). */
  setBaseline(baseline: Baseline, now = 0): void {
    for (const image of baseline.images) for (const tag of image.tags) applySceneEvent(this.base, { type: 'image.tag', imageId: image.id, reference: tag });
    for (const n of baseline.networks) applySceneEvent(this.base, { type: 'network.create', ...n });
    for (const v of baseline.volumes) applySceneEvent(this.base, { type: 'volume.create', name: v });
    for (const c of baseline.containers) {
      applySceneEvent(this.base, { type: 'container.create', id: c.id, name: c.name, image: c.image });
      applySceneEvent(this.base, { type: 'container.state', id: c.id, to: c.state, at: now });
    }
    this.checkpoints = [];
  }

  record(seq: number, events: SceneEvent[]): void {
    for (const event of events) this.entries.push({ seq, event });
  }

  /** Fold every event before `seq` into the base. */
  compact(seq: number): void {
    const keep = this.entries.findIndex((e) => e.seq >= seq);
    const drop = keep < 0 ? this.entries.length : keep;
    if (drop === 0) return;
    for (const { event } of this.entries.slice(0, drop)) applySceneEvent(this.base, event);
    this.entries = this.entries.slice(drop);
    this.checkpoints = [];
  }

  /** The scene after every event up to and including `seq`, drawn at virtual time `now`. */
  at(seq: number, now: number): SceneState {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid].seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return this.render(this.replay(lo), now);
  }

  private replay(count: number): WorkingScene {
    const k = Math.floor(count / this.interval);
    while (this.checkpoints.length < k) {
      const i = this.checkpoints.length;
      const state = cloneScene(i === 0 ? this.base : this.checkpoints[i - 1]);
      for (const { event } of this.entries.slice(i * this.interval, (i + 1) * this.interval)) applySceneEvent(state, event);
      this.checkpoints.push(state);
    }
    const state = cloneScene(k === 0 ? this.base : this.checkpoints[k - 1]);
    for (const { event } of this.entries.slice(k * this.interval, count)) applySceneEvent(state, event);
    return state;
  }

  private render(scene: WorkingScene, now: number): SceneState {
    return {
      registries: scene.registries.map((r) => ({ host: r.host, repositories: [...r.repositories] })),
      images: Object.entries(scene.images).map(([id, tags]) => {
        const facts = this.images.get(id);
        return { id, tags: [...tags], layers: facts?.layers ?? [], size: facts?.size ?? 0 };
      }),
      containers: scene.containers.map((c) => this.container(c, now)),
      networks: scene.networks.map((n) => ({ ...n })),
      volumes: scene.volumes.map((name) => ({ name })),
      transfers: scene.transfers.map((t) => ({ ...t })),
    };
  }

  private container(c: WorkingContainer, now: number): SceneContainer {
    const facts = this.containers.get(c.id);
    const state = (['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'].includes(c.state) ? c.state : 'created') as SceneContainer['state'];
    return { id: c.id, name: c.name, image: c.image, imageId: facts?.imageId ?? '', state, status: statusText(c, now), ports: facts?.ports ?? [], networks: [...c.networks], exitCode: c.exitCode };
  }
}

/** The STATUS column of `docker ps`. */
export function statusText(c: { state: string; since: number; startedAt: number; exitCode?: number }, now: number): string {
  const age = humanDuration(Math.max(0, now - c.since));
  const up = humanDuration(Math.max(0, now - c.startedAt));
  switch (c.state) {
    case 'running':
      return `Up ${up}`;
    case 'paused':
      return `Up ${up} (Paused)`;
    case 'exited':
      return `Exited (${c.exitCode ?? 0}) ${age} ago`;
    case 'restarting':
      return `Restarting (${c.exitCode ?? 0}) ${age} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    default:
      return 'Created';
  }
}
