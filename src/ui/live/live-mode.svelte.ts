/**
 * Live mode as the web app holds it: the connection to the `dockyard serve` that served
 * the page (src/sim/live), its status as runes, the DOCKER_HOST a learner exports, and
 * how the trace follows it — one ordinary TraceRecorder whose commands are the real CLI's
 * (each shown from its first step as it arrives, like a command typed in the sandbox).
 */
import type { HostSession } from '../../sim/host/session.ts';
import { LiveSession } from '../../sim/live/live-session.ts';
import type { LiveStatus } from '../../sim/live/live-events.ts';
import { TraceRecorder } from '../../sim/trace/recorder.ts';
import type { Settings } from '../state/settings.svelte.ts';
import type { TraceView } from '../state/trace-view.svelte.ts';

export class LiveMode {
  status = $state<LiveStatus>('connecting');
  readonly session: LiveSession;
  /** What the learner exports in their own terminal, e.g. `tcp://127.0.0.1:2375`. */
  readonly dockerHost: string;
  /** The address to open the in-browser sandbox instead. */
  readonly sandboxUrl: string;
  /** Called when the stream is back after a drop (the sandbox starts a fresh trace). */
  onReconnect: () => void = () => undefined;
  private unfollow: () => void = () => undefined;
  private readonly offStatus: () => void;

  constructor(location: { host: string; pathname: string }) {
    this.session = new LiveSession();
    this.dockerHost = `tcp://${location.host}`;
    this.sandboxUrl = `${location.pathname}?sandbox`;
    this.offStatus = this.session.stream.onStatus((status) => {
      // Back after a drop: events were missed (or the server restarted), so start a fresh trace.
      if (status === 'open' && this.status === 'reconnecting') this.onReconnect();
      this.status = status;
    });
  }

  /**
   * The inspectors read state through `daemon.api`, `daemon.events` and `clock` only, which
   * a live session provides over HTTP; their props are typed as the in-browser session.
   */
  get inspected(): HostSession {
    return this.session as unknown as HostSession;
  }

  /** A fresh trace that follows the real CLI from now on; resolves when it is ready. */
  async attach(trace: TraceView, settings: Settings): Promise<void> {
    this.unfollow();
    const recorder = new TraceRecorder(this.session);
    this.unfollow = this.session.follow(recorder, () => {
      if (settings.stepMode || !trace.playing) trace.jumpToStep(recorder.nextId - 1);
      if (!settings.stepMode) trace.play();
    });
    const ready = trace.attach(
      this.session,
      { speed: settings.speed, stepMode: settings.stepMode },
      recorder,
    );
    if (this.session.stream.status === 'connecting') void this.session.connect();
    await ready;
  }

  close(): void {
    this.unfollow();
    this.offStatus();
    this.session.close();
  }
}
