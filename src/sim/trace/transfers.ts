/**
 * The pulls and pushes in flight, each a traced machine keyed by registry and repository
 * (the engine's registry.* events name those), and the routing of registry, layer and tag
 * events to them. A pull starts from `POST /images/create`, or from its manifest when the
 * builder pulls a base image on its own.
 */
import type { EngineEvent } from '../../engine/events/types.ts';
import { narratePull, pullMachine, type PullEvent } from './pull.machine.ts';
import { narratePush, pushMachine, type PushEvent } from './push.machine.ts';
import type { TracedActor } from './traced-actor.ts';
import { familiar } from './words.ts';

type Spawn = <E extends { type: string }>(kind: 'pull' | 'push', id: string, logic: typeof pullMachine | typeof pushMachine, narrate: unknown) => TracedActor<E>;
type EventOf<K extends EngineEvent['kind']> = Extract<EngineEvent, { kind: K }>;

interface Entry<E extends { type: string }> {
  actor: TracedActor<E>;
  /** The familiar reference (`alpine:latest`, `localhost:5000/app:v1`). */
  reference: string;
}

/** `localhost:5000/app` → localhost:5000 + app; `alpine` → docker.io + library/alpine. */
export function splitName(name: string): { registry: string; repository: string } {
  const [first, ...rest] = name.split('/');
  if (rest.length > 0 && (/[.:]/.test(first) || first === 'localhost')) {
    const repository = rest.join('/');
    return { registry: first === 'index.docker.io' ? 'docker.io' : first, repository: first === 'docker.io' && rest.length === 1 ? `library/${repository}` : repository };
  }
  return { registry: 'docker.io', repository: rest.length === 0 ? `library/${name}` : name };
}

export class Transfers {
  private readonly pulls = new Map<string, Entry<PullEvent>>();
  private readonly pushes = new Map<string, Entry<PushEvent>>();

  constructor(
    private readonly spawn: Spawn,
    private readonly hasImage: (reference: string) => boolean,
  ) {}

  startPull(name: string, reference: string): TracedActor<PullEvent> {
    const { registry, repository } = splitName(name);
    const full = `${registry}/${repository}:${reference}`;
    const actor = this.spawn<PullEvent>('pull', familiar(full), pullMachine, narratePull);
    this.pulls.set(`${registry}/${repository}`, { actor, reference: familiar(full) });
    actor.send({ type: 'start', reference: full, registry, local: this.hasImage(familiar(full)) });
    return actor;
  }

  startPush(name: string, tag: string): void {
    const { registry, repository } = splitName(name);
    const reference = `${name}:${tag}`;
    const actor = this.spawn<PushEvent>('push', familiar(reference), pushMachine, narratePush);
    this.pushes.set(`${registry}/${repository}`, { actor, reference: familiar(reference) });
    actor.send({ type: 'start', reference, registry });
  }

  manifest(event: EventOf<'registry.manifest'>): void {
    const key = `${event.registry}/${event.repository}`;
    const push = this.pushes.get(key);
    if (push) return push.actor.send({ type: 'manifest', digest: event.digest, reference: event.reference });
    const pull = this.pulls.get(key)?.actor ?? this.startPull(key, event.reference);
    pull.send({ type: 'manifest', registry: event.registry, repository: event.repository, reference: event.reference, digest: event.digest, found: event.found });
    if (!event.found) this.pulls.delete(key);
  }

  blob(event: EventOf<'registry.blob'>): void {
    const key = `${event.registry}/${event.repository}`;
    const entry = event.direction === 'pull' ? this.pulls.get(key) : this.pushes.get(key);
    entry?.actor.send({ type: 'blob', digest: event.digest, bytes: event.bytes, outcome: event.outcome });
  }

  /** Layer extraction events do not name the pull: they belong to the latest one. */
  extract(event: EventOf<'layer.extract'>): void {
    [...this.pulls.values()].at(-1)?.actor.send({ type: 'extract', diffId: event.diffId, size: event.size });
  }

  /** True when the tag is the end of a pull. */
  tag(event: EventOf<'image.tag'>): boolean {
    const entry = [...this.pulls.values()].find((p) => p.reference === familiar(event.reference));
    entry?.actor.send({ type: 'tag', imageId: event.imageId, reference: event.reference });
    return entry !== undefined;
  }

  /** The `docker events` pull or push message: the transfer of `reference` is complete. */
  finished(direction: 'pull' | 'push', reference: string): void {
    const map: Map<string, Entry<PullEvent> | Entry<PushEvent>> = direction === 'pull' ? this.pulls : this.pushes;
    const found = [...map.entries()].find(([, e]) => e.reference === familiar(reference)) ?? [...map.entries()].at(-1);
    if (!found) return;
    (found[1].actor as TracedActor<{ type: 'finish' }>).send({ type: 'finish' });
    map.delete(found[0]);
  }
}
