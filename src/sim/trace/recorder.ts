/**
 * The trace of a learner's session. Attached to a HostSession, it runs command lines
 * (`recorder.run(line)`), listens to the engine's event stream, drives the trace machines
 * (tracer.ts) and keeps what the UI and the diagram need: the steps (the most recent
 * `maxSteps`; `droppedSteps` says how many older ones were let go), the commands, the API
 * log and the scene at every step (sceneAt). Listeners hear each new step as it is made.
 * It reads its session only through `TraceSource` (events, API, clock, run), so the web
 * app's live mode (src/sim/live) can feed it a remote daemon's events and mark each real
 * CLI command with `beginCommand`/`endCommand` instead of `run`.
 *
 * @example
 * const recorder = new TraceRecorder(session);
 * await recorder.run('docker run hello-world');
 * recorder.steps.map((s) => s.sentence);
 */
import type { ApiHandler, ApiRequest } from '../../engine/api/types.ts';
import type { EngineEvent } from '../../engine/events/types.ts';
import { queryBaseline, queryContainer, queryImage, type QueryApi } from '../scene/facts.ts';
import { sceneEventsFrom } from '../scene/from-engine.ts';
import { SceneModel } from '../scene/model.ts';
import type { SceneState } from '../scene/types.ts';
import { ApiLog } from './api-log.ts';
import { StreamReaders } from './stream-readers.ts';
import { tapStreams } from './stream-tap.ts';
import { Tracer, type TracedStep } from './tracer.ts';
import type { CommandRecord, TraceStep } from './types.ts';

/** What the recorder needs of a session (a HostSession is one; so is a live connection). */
export interface TraceSource {
  daemon: {
    api: ApiHandler;
    events: { subscribe(listener: (event: EngineEvent) => void): () => void };
  };
  clock: { now(): number };
  /** Runs one command line; resolves to its exit status. */
  run(line: string): Promise<number>;
}

export interface TraceRecorderOptions {
  /** How many recent steps to keep (default 5000). */
  maxSteps?: number;
}

export class TraceRecorder {
  /** The retained steps, oldest first; `steps[i].id === droppedSteps + i`. */
  readonly steps: TraceStep[] = [];
  readonly commands: CommandRecord[] = [];
  readonly apiLog = new ApiLog();
  readonly scene = new SceneModel();
  /** Resolves when the recorder knows what the daemon held when it attached. */
  readonly ready: Promise<void>;
  droppedSteps = 0;
  private marks: number[] = [];
  private lastSeq = 0;
  private lastRequestId = 0;
  private current?: CommandRecord;
  private selfQueries = 0;
  private readonly selfIds = new Set<number>();
  private readonly stepListeners = new Set<(step: TraceStep) => void>();
  private readonly commandListeners = new Set<(command: CommandRecord) => void>();
  private readonly tracer: Tracer;
  private readonly readers = new StreamReaders();
  private readonly maxSteps: number;
  private readonly detachers: (() => void)[] = [];

  constructor(
    readonly session: TraceSource,
    options: TraceRecorderOptions = {},
  ) {
    this.maxSteps = options.maxSteps ?? 5000;
    this.tracer = new Tracer((step) => this.add(step), (ref) => this.scene.at(this.lastSeq, 0).images.some((i) => i.tags.includes(ref)));
    this.detachers.push(session.daemon.events.subscribe((event) => this.onEngineEvent(event)));
    this.detachers.push(
      tapStreams(session.daemon.api, () => this.lastRequestId, {
        message: (id, message) => {
          const { build, scene } = this.readers.read(id, message);
          for (const event of build) this.tracer.buildEvent(id, event);
          // Stream messages have no engine seq: they count as just after the latest event.
          if (scene.length > 0) this.scene.record(this.lastSeq + 0.5, scene);
        },
        end: (id) => {
          if (this.readers.close(id)) this.tracer.buildEnd(id);
        },
      }),
    );
    this.ready = queryBaseline(this.query).then((baseline) => this.scene.setBaseline(baseline, session.clock.now()));
  }

  /** Run one command line in the session, recording it. Resolves to its exit status. */
  async run(line: string): Promise<number> {
    const record = this.beginCommand(line);
    let code = 1;
    try {
      code = await this.session.run(line);
    } finally {
      this.endCommand(record, code);
    }
    return code;
  }

  /** A command starts that someone else runs (live mode: the real CLI); its events follow. */
  beginCommand(line: string): CommandRecord {
    const record: CommandRecord = { id: this.commands.length, line, firstStep: this.nextId, lastStep: this.nextId - 1 };
    this.commands.push(record);
    this.current = record;
    this.tracer.commandStart(record.id, line);
    return record;
  }

  /** The command begun with `beginCommand` has finished with this exit status. */
  endCommand(record: CommandRecord, code: number): void {
    record.exitCode = code;
    this.tracer.commandEnd(code);
    for (const listener of this.commandListeners) listener(record);
  }

  /** Hear every new step. Returns the unsubscribe function. */
  subscribe(listener: (step: TraceStep) => void): () => void {
    this.stepListeners.add(listener);
    return () => this.stepListeners.delete(listener);
  }

  /** Hear each command when it finishes. */
  subscribeCommands(listener: (command: CommandRecord) => void): () => void {
    this.commandListeners.add(listener);
    return () => this.commandListeners.delete(listener);
  }

  /** The id the next step will get (= how many steps were ever recorded). */
  get nextId(): number {
    return this.droppedSteps + this.steps.length;
  }

  step(id: number): TraceStep | undefined {
    return this.steps[id - this.droppedSteps];
  }

  /** The scene as it is after step `id` (-1: before the first step). */
  sceneAt(id: number): SceneState {
    const index = Math.min(id - this.droppedSteps, this.steps.length - 1);
    if (index < 0) return this.scene.at(this.droppedSteps > 0 ? this.marks[0] : 0, this.steps[0]?.at ?? this.session.clock.now());
    return this.scene.at(this.marks[index], this.steps[index].at);
  }

  /** Stop listening to the session and give its API handler back. */
  detach(): void {
    for (const d of this.detachers.splice(0)) d();
  }

  private readonly query: QueryApi = (request: ApiRequest) => {
    this.selfQueries++;
    try {
      return this.session.daemon.api.handle(request);
    } finally {
      this.selfQueries--;
    }
  };

  private onEngineEvent(event: EngineEvent): void {
    // The recorder's own queries and observers' reads (inspector panels) are not the learner's story.
    if (event.kind === 'api.request' && (this.selfQueries > 0 || event.observer)) return void this.selfIds.add(event.requestId);
    if (event.kind === 'api.response' && this.selfIds.delete(event.requestId)) return;
    if (event.kind === 'api.request') {
      this.lastRequestId = event.requestId;
      this.readers.open(event.requestId, event.method, event.path, event.query);
    }
    this.lastSeq = event.seq;
    this.apiLog.add(event, this.current?.id ?? -1);
    this.scene.record(event.seq, sceneEventsFrom(event));
    this.learnFacts(event);
    this.tracer.engine(event);
  }

  /** Ask the daemon for what the event does not carry, outside the event delivery. */
  private learnFacts(event: EngineEvent): void {
    const image = event.kind === 'image.tag' ? event.imageId : undefined;
    const container = event.kind === 'docker' && event.message.Type === 'container' && event.message.Action === 'create' ? event.message.Actor.ID : undefined;
    if (!image && !container) return;
    queueMicrotask(() => {
      if (image && !this.scene.images.has(image)) void queryImage(this.query, image).then((f) => f && this.scene.images.set(image, f));
      if (container) void queryContainer(this.query, container).then((f) => f && this.scene.containers.set(container, f));
    });
  }

  private add(traced: TracedStep): void {
    const { machine, machineId, from, to, component, edge, api, sentence, digest, progress, cached, eventSeq } = traced;
    const command = this.current ?? { id: -1, lastStep: 0 };
    const step: TraceStep = { id: this.nextId, commandId: command.id, machine, machineId, from, to, component, sentence, at: this.session.clock.now() };
    if (edge) step.edge = edge;
    if (api) step.api = api;
    if (eventSeq !== undefined) step.eventSeq = eventSeq;
    if (digest) step.digest = digest;
    if (progress !== undefined) step.progress = progress;
    if (cached !== undefined) step.cached = cached;
    this.steps.push(step);
    this.marks.push(eventSeq ?? this.lastSeq);
    command.lastStep = step.id;
    if (this.steps.length > this.maxSteps) {
      this.steps.shift();
      this.marks.shift();
      this.droppedSteps++;
      if (this.droppedSteps % 256 === 0) this.scene.compact(this.marks[0]);
    }
    for (const listener of this.stepListeners) listener(step);
  }
}
