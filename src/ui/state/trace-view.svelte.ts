/**
 * The one adapter from the trace machinery (TraceRecorder, Player — plain subscriptions
 * in src/sim) to runes: the steps, commands and API log recorded so far, the player's
 * position and whether it is playing. Components read these fields and call the methods;
 * nothing else in src/ui subscribes to src/sim.
 */
import type { HostSession } from '../../sim/host/session.ts';
import type { CommandRecord, TraceStep } from '../../sim/trace/types.ts';
import type { Speed } from './settings.svelte.ts';
import { createTraceRuntime, type TraceRuntime } from './trace-runtime.ts';

export class TraceView {
  steps = $state.raw<TraceStep[]>([]);
  commands = $state.raw<CommandRecord[]>([]);
  apiLog = $state.raw<unknown[]>([]);
  /** Index into `steps` of the step shown; -1 before the first. */
  position = $state(-1);
  playing = $state(false);
  /** Whether a trace recorder is wired in (false while src/sim/trace is not there yet). */
  available = $state(false);
  /** Replay without animation (restoring a save). */
  instant = false;

  private runtime: TraceRuntime | undefined;
  private unsubscribe: () => void = () => undefined;

  attach(session: HostSession): void {
    this.unsubscribe();
    this.runtime = createTraceRuntime(session);
    this.available = this.runtime.traced;
    this.unsubscribe = this.runtime.subscribe(() => this.sync());
    this.sync();
  }

  private sync(): void {
    const r = this.runtime;
    if (!r) return;
    this.steps = [...r.steps()];
    this.commands = [...r.commands()];
    this.apiLog = [...r.apiLog()];
    this.position = r.position();
    this.playing = r.playing();
  }

  run(line: string): Promise<number> {
    if (!this.runtime) return Promise.resolve(127);
    if (this.instant) this.runtime.setSpeed('instant');
    return this.runtime.run(line);
  }

  /** Jump to the last step (after a restore). */
  showLatest(): void {
    this.runtime?.jumpToEnd();
  }

  current(): TraceStep | undefined {
    return this.position >= 0 ? this.steps[this.position] : undefined;
  }

  play = () => this.runtime?.play();
  pause = () => this.runtime?.pause();
  stepForward = () => this.runtime?.stepForward();
  stepBack = () => this.runtime?.stepBack();
  jumpToCommand = (id: number) => this.runtime?.jumpToCommand(id);
  jumpToStep = (id: number) => this.runtime?.jumpToStep(id);
  replayCommand = (id: number) => this.runtime?.replayCommand(id);
  setSpeed = (speed: Speed) => this.runtime?.setSpeed(speed);
  setStepMode = (on: boolean) => this.runtime?.setStepMode(on);
}
