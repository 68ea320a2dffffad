/**
 * Cuts the live event stream into commands. The real docker CLI starts every command
 * with `HEAD /_ping` (version negotiation), so a ping opens a new command and closes the
 * previous one; a command also closes after a quiet spell with nothing left to wait for.
 * The command's name is guessed from its first telling request (command-names.ts), so
 * the events of a ping are held back until that request arrives (a few milliseconds).
 * A quiet spell does not end a command while a pull is under way or the CLI waits on a
 * container it runs in the foreground.
 * Exit status, which the CLI never reports: the container's exit code when the CLI waited
 * on it (`docker run`), 1 when the last answer was an error, else 0.
 */
import type { EngineEvent } from '../../engine/events/types.ts';
import { commandName, isApiPath, isDetachedCreate, isPreamble, unversioned, type SeenRequest } from './command-names.ts';

export interface CommandSink {
  begin(line: string): void;
  end(code: number): void;
}

export interface BurstOptions {
  /** Quiet time after which a command with nothing pending is over (default 800 ms). */
  quietMs?: number;
  /** How long a ping waits for the request that names its command (default 250 ms). */
  nameWaitMs?: number;
}

const isPing = (path: string) => unversioned(path) === '/_ping';

export class CommandBursts {
  /** Hears where commands begin and end (the recorder, once it follows). */
  sink?: CommandSink;
  private open = false;
  private held?: EngineEvent[];
  private preamble?: SeenRequest;
  private nameTimer?: ReturnType<typeof setTimeout>;
  private quietTimer?: ReturnType<typeof setTimeout>;
  private readonly observers = new Set<number>();
  private readonly strays = new Set<number>();
  private readonly pings = new Set<number>();
  private readonly waits = new Set<string>();
  private readonly pulls = new Set<number>();
  private detached = false;
  private lastStatus = 0;
  private exitCode?: number;
  private readonly quietMs: number;
  private readonly nameWaitMs: number;

  constructor(
    private readonly forward: (event: EngineEvent) => void,
    options: BurstOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 800;
    this.nameWaitMs = options.nameWaitMs ?? 250;
  }

  push(event: EngineEvent): void {
    // A browser's own requests to the server (`/favicon.ico`) are nobody's command: dropped.
    if (event.kind === 'api.request' && !isApiPath(event.path)) return void this.strays.add(event.requestId);
    if (event.kind === 'api.response' && this.strays.delete(event.requestId)) return;
    // Observers' reads (inspectors, the scene's queries) are never part of a command.
    if (event.kind === 'api.request' && event.observer) return void (this.observers.add(event.requestId), this.forward(event));
    if (event.kind === 'api.response' && this.observers.delete(event.requestId)) return this.forward(event);
    if (event.kind === 'api.request' && isPing(event.path)) {
      this.finish();
      this.hold([event]);
      return;
    }
    if (this.held) {
      this.held.push(event);
      if (event.kind === 'api.request' && !isPreamble(event)) this.release(this.name(event));
      else if (event.kind === 'api.request') this.preamble ??= event;
      return;
    }
    if (!this.open && event.kind === 'api.request') this.start(commandName(event));
    this.take(event);
  }

  /** Closes the open command now (leaving live mode). */
  dispose(): void {
    if (this.held) this.release('docker …');
    this.finish();
    clearTimeout(this.quietTimer);
  }

  /** The command's name; a full ID the CLI looked up first (`docker logs web`) reads as the name typed. */
  private name(request: SeenRequest): string {
    const name = commandName(request);
    const typed = this.preamble && /^\/(?:containers|images)\/([^/]+)\/json$/.exec(unversioned(this.preamble.path))?.[1];
    return typed ? name.replace(/\b[0-9a-f]{64}\b/, decodeURIComponent(typed)) : name;
  }

  private hold(events: EngineEvent[]): void {
    this.held = events;
    this.preamble = undefined;
    this.nameTimer = setTimeout(() => this.release(this.preamble ? commandName(this.preamble) : 'docker …'), this.nameWaitMs);
  }

  private release(name: string): void {
    clearTimeout(this.nameTimer);
    const events = this.held ?? [];
    this.held = undefined;
    this.start(name);
    for (const event of events) this.take(event);
  }

  private start(name: string): void {
    this.open = true;
    this.lastStatus = 0;
    this.exitCode = undefined;
    this.waits.clear();
    this.pulls.clear();
    this.detached = false;
    this.sink?.begin(name);
  }

  private take(event: EngineEvent): void {
    this.observe(event);
    this.forward(event);
    if (!this.open) return;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      if (this.waits.size === 0 && this.pulls.size === 0) this.finish();
    }, this.quietMs);
  }

  private observe(event: EngineEvent): void {
    if (event.kind === 'api.request') {
      const path = unversioned(event.path);
      if (isPing(path)) this.pings.add(event.requestId);
      if (path === '/containers/create') this.detached = isDetachedCreate(event.body);
      if (event.method === 'POST' && path === '/images/create') this.pulls.add(event.requestId);
      const wait = /^\/containers\/([^/]+)\/wait$/.exec(path);
      if (wait && !this.detached) this.waits.add(decodeURIComponent(wait[1]));
    } else if (event.kind === 'api.response' && !this.pings.delete(event.requestId)) {
      this.lastStatus = event.status;
      if (event.status >= 400) this.pulls.delete(event.requestId);
    } else if (event.kind === 'docker' && event.message.Type === 'image' && event.message.Action === 'pull') {
      this.pulls.clear();
    } else if (event.kind === 'container.state' && (event.to === 'exited' || event.to === 'dead')) {
      const waited = [...this.waits].find((w) => event.containerId.startsWith(w));
      if (waited === undefined) return;
      this.waits.delete(waited);
      this.exitCode = event.exitCode ?? 0;
    }
  }

  private finish(): void {
    clearTimeout(this.quietTimer);
    if (!this.open) return;
    this.open = false;
    this.sink?.end(this.exitCode ?? (this.lastStatus >= 400 ? 1 : 0));
  }
}
