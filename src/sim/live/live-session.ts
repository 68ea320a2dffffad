/**
 * A connection to a running `dockyard serve`, shaped as the recorder's `TraceSource`:
 * `daemon.api` answers queries over HTTP (live-api.ts), `daemon.events` replays the
 * server's engine events (live-events.ts) after cutting them into commands
 * (command-bursts.ts), and `clock` follows the server's time. Commands are typed in the
 * learner's own terminal, so `run` only explains that; `follow(recorder)` marks each
 * real CLI command in the recorder's trace.
 *
 * @example
 * const live = new LiveSession();
 * const recorder = new TraceRecorder(live);
 * live.follow(recorder);
 * await live.connect();
 */
import type { EngineEvent } from '../../engine/events/types.ts';
import type { CommandRecord } from '../trace/types.ts';
import { CommandBursts, type BurstOptions } from './command-bursts.ts';
import { LiveApi, type FetchLike } from './live-api.ts';
import { LiveClock } from './live-clock.ts';
import { LiveEvents } from './live-events.ts';

/** The part of TraceRecorder that live mode drives. */
export interface CommandMarker {
  beginCommand(line: string): CommandRecord;
  endCommand(record: CommandRecord, code: number): void;
}

export interface LiveSessionOptions extends BurstOptions {
  /** The server's origin; '' (default) for the page's own. */
  base?: string;
  fetch?: FetchLike;
}

export class LiveSession {
  readonly stream: LiveEvents;
  readonly clock: LiveClock;
  readonly daemon: { api: LiveApi; events: { subscribe(listener: (event: EngineEvent) => void): () => void } };
  private readonly bursts: CommandBursts;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private readonly stop: () => void;

  constructor(options: LiveSessionOptions = {}) {
    const base = options.base ?? '';
    this.stream = new LiveEvents(base);
    this.clock = new LiveClock(Date.now());
    this.bursts = new CommandBursts((event) => {
      for (const listener of [...this.listeners]) listener(event);
    }, options);
    this.stop = this.stream.subscribe((event) => {
      this.clock.saw(event.at);
      this.bursts.push(event);
    });
    this.daemon = {
      api: new LiveApi(base, options.fetch),
      events: {
        subscribe: (listener) => {
          this.listeners.add(listener);
          return () => this.listeners.delete(listener);
        },
      },
    };
  }

  /** Opens the event stream; resolves once the server answered (or the first try failed). */
  connect(): Promise<void> {
    return this.stream.connect();
  }

  /**
   * Marks each command of the real CLI in this recorder; `beforeEach` runs just before a
   * command begins (the app shows it from its first step). Returns the undo.
   */
  follow(recorder: CommandMarker, beforeEach?: () => void): () => void {
    let current: CommandRecord | undefined;
    this.bursts.sink = {
      begin: (line) => {
        beforeEach?.();
        current = recorder.beginCommand(line);
      },
      end: (code) => current && recorder.endCommand(current, code),
    };
    return () => (this.bursts.sink = undefined);
  }

  /** Commands come from the learner's own terminal, not from the web app. */
  run(): Promise<number> {
    return Promise.resolve(127);
  }

  close(): void {
    this.bursts.dispose();
    this.stop();
    this.stream.close();
  }
}
