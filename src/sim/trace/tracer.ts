/**
 * Routes what happens — command start/exit, engine events, build stream events — to the
 * trace machines (one client per command, one actor per request, pull, push, build and
 * container) and turns their inspected transitions into step drafts, in order.
 * It knows which machine an event belongs to; the machines know what it means.
 */
import type { EngineEvent } from '../../engine/events/types.ts';
import { buildMachine, narrateBuild, type BuildEvent } from './build.machine.ts';
import { clientMachine, narrateClient, type ClientEvent } from './client.machine.ts';
import { containerEventFor, containerMachine, narrateContainer, type ContainerEvent } from './container.machine.ts';
import { describeDockerEvent } from './docker-event-words.ts';
import { narrateRequest, requestMachine, type RequestEvent } from './request.machine.ts';
import { traceActor, type TracedActor, type TracedTransition } from './traced-actor.ts';
import { Transfers } from './transfers.ts';
import type { MachineKind } from './types.ts';
import { familiar } from './words.ts';

export interface TracedStep extends TracedTransition {
  machine: MachineKind;
  machineId: string;
  eventSeq?: number;
}

const streaming = (method: string, path: string) => method === 'POST' && /\/(images\/create|build|push|attach)$/.test(path);

export class Tracer {
  private client?: TracedActor<ClientEvent>;
  private requests = new Map<number, { actor: TracedActor<RequestEvent>; method: string; path: string }>();
  private readonly transfers: Transfers;
  private builds = new Map<number, TracedActor<BuildEvent>>();
  private containers = new Map<string, TracedActor<ContainerEvent>>();
  private seq?: number;
  private pendingTags: BuildEvent[] = [];
  private earlyOutput = new Map<string, ContainerEvent>();

  constructor(
    private readonly emit: (step: TracedStep) => void,
    /** Whether the daemon holds this familiar reference right now. */
    hasImage: (reference: string) => boolean = () => false,
  ) {
    this.transfers = new Transfers((kind, id, logic, narrate) => this.actor(kind, id, logic, narrate as never), hasImage);
  }

  private actor<E extends { type: string }>(machine: MachineKind, machineId: string, logic: Parameters<typeof traceActor>[0], narrate: Parameters<typeof traceActor>[1], input?: unknown): TracedActor<E> {
    return traceActor(logic, narrate, (t) => this.emit({ ...t, machine, machineId, eventSeq: this.seq }), input) as TracedActor<E>;
  }

  commandStart(commandId: number, line: string): void {
    this.seq = undefined;
    this.client?.stop();
    this.client = this.actor<ClientEvent>('client', `command-${commandId}`, clientMachine, narrateClient as never);
    this.client.send({ type: 'command', line });
  }

  commandEnd(exitCode: number): void {
    this.seq = undefined;
    this.client?.send({ type: 'exit', code: exitCode });
  }

  buildEvent(requestId: number, event: BuildEvent): void {
    this.seq = undefined;
    const build = this.builds.get(requestId);
    build?.send(event);
    // The daemon tags the image before the CLI has read "Successfully built": tell it after.
    if (build && event.type === 'built') for (const tag of this.pendingTags.splice(0)) build.send(tag);
  }

  buildEnd(requestId: number): void {
    this.builds.get(requestId)?.send({ type: 'finish' });
    this.builds.delete(requestId);
  }

  engine(event: EngineEvent): void {
    this.seq = event.seq;
    switch (event.kind) {
      case 'api.request': {
        if (!event.path.endsWith('/_ping')) this.client?.send({ type: 'request', method: event.method, path: event.path });
        const actor = this.actor<RequestEvent>('request', `request-${event.requestId}`, requestMachine, narrateRequest as never);
        this.requests.set(event.requestId, { actor, method: event.method, path: event.path });
        actor.send({ type: 'receive', method: event.method, path: event.path, query: event.query, body: event.body });
        this.startWork(event.requestId, event.method, event.path, event.query);
        return;
      }
      case 'api.response': {
        const request = this.requests.get(event.requestId);
        if (!request) return;
        request.actor.send({ type: 'respond', status: event.status, body: event.body });
        this.requests.delete(event.requestId);
        if (event.status === 200 && streaming(request.method, request.path)) this.client?.send({ type: 'stream', method: request.method, path: request.path });
        return;
      }
      case 'registry.manifest':
        return this.transfers.manifest(event);
      case 'registry.blob':
        return this.transfers.blob(event);
      case 'layer.extract':
        return this.transfers.extract(event);
      case 'image.tag': {
        if (this.transfers.tag(event)) return;
        const build = [...this.builds.values()].at(-1);
        if (build && ['built', 'tagged'].includes(build.state())) return build.send({ type: 'tag', reference: event.reference });
        if (build) return void this.pendingTags.push({ type: 'tag', reference: event.reference });
        return this.work(describeDockerEvent({ Type: 'image', Action: 'tag', Actor: { ID: event.imageId, Attributes: { name: familiar(event.reference) } } }));
      }
      case 'container.state': {
        const actor = this.container(event.containerId);
        const change = containerEventFor(event.from, event.to, event.exitCode);
        if (change) actor.send(change);
        const early = this.earlyOutput.get(event.containerId);
        this.earlyOutput.delete(event.containerId);
        if (early && event.to === 'running') actor.send(early);
        if (actor.done()) this.containers.delete(event.containerId);
        return;
      }
      case 'process.output': {
        // A process may write before the daemon has marked its container running: tell it after.
        const actor = this.containers.get(event.containerId);
        if (actor?.state() === 'running') return actor.send({ type: 'output', stream: event.stream, text: event.text });
        if (!this.earlyOutput.has(event.containerId)) this.earlyOutput.set(event.containerId, { type: 'output', stream: event.stream, text: event.text });
        return;
      }
      case 'build.step': {
        const build = [...this.builds.values()].at(-1);
        build?.send({ type: 'step', step: event.step, total: event.total, instruction: event.instruction });
        if (event.cached) build?.send({ type: 'cached' });
        return;
      }
      case 'docker':
        return this.dockerEvent(event.message);
      default:
        return;
    }
  }

  private dockerEvent(message: Extract<EngineEvent, { kind: 'docker' }>['message']): void {
    const { ID, Attributes } = message.Actor;
    if (message.Type === 'container' && message.Action === 'create') {
      const image = Attributes.image ?? '';
      const temporary = this.builds.size > 0 && image.startsWith('sha256:');
      this.container(ID, Attributes.name, image).send({ type: 'create', name: Attributes.name ?? ID.slice(0, 12), image, temporary });
      return;
    }
    if (message.Type === 'image' && (message.Action === 'pull' || message.Action === 'push')) return this.transfers.finished(message.Action, ID);
    if (message.Type === 'image' && message.Action === 'tag') return; // told by the image.tag event
    this.work(describeDockerEvent(message));
  }

  /** Daemon-side work during a request (a volume or network created, a tag removed). */
  private work(step: ReturnType<typeof describeDockerEvent>): void {
    if (!step) return;
    const open = [...this.requests.values()].at(-1);
    open?.actor.send({ type: 'work', component: step.component, sentence: step.sentence });
  }

  private startWork(requestId: number, method: string, path: string, query?: Record<string, string | string[]>): void {
    const value = (key: string) => (Array.isArray(query?.[key]) ? query[key][0] : query?.[key]) as string | undefined;
    const push = /^(?:\/v[\d.]+)?\/images\/(.+)\/push$/.exec(path);
    if (method === 'POST' && /\/images\/create$/.test(path) && value('fromImage')) this.transfers.startPull(value('fromImage')!, value('tag') ?? 'latest');
    if (method === 'POST' && push) this.transfers.startPush(push[1], value('tag') ?? 'latest');
    if (method === 'POST' && /\/build$/.test(path)) {
      const actor = this.actor<BuildEvent>('build', `build-${requestId}`, buildMachine, narrateBuild as never);
      this.builds.set(requestId, actor);
      actor.send({ type: 'context', tag: value('t') });
    }
  }

  private container(id: string, name?: string, image?: string): TracedActor<ContainerEvent> {
    let actor = this.containers.get(id);
    if (!actor || actor.done()) this.containers.set(id, (actor = this.actor<ContainerEvent>('container', id, containerMachine, narrateContainer as never, { id, name, image })));
    return actor;
  }
}
