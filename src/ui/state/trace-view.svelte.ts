/**
 * The one adapter from the trace machinery (TraceRecorder, Player — plain subscriptions
 * in src/sim) to runes: the steps, commands and API log recorded so far, the player's
 * position and whether it is playing. Updates are batched to one per animation frame, so
 * a pull that makes hundreds of steps does not copy the list hundreds of times.
 * Components read these fields and call the methods; nothing else in src/ui subscribes
 * to src/sim.
 */
import type { TraceRecorder, TraceSource } from '../../sim/trace/recorder.ts';
import type { ApiExchange } from '../../sim/trace/api-log.ts';
import type { SceneState } from '../../sim/scene/types.ts';
import type { CommandRecord, TraceStep } from '../../sim/trace/types.ts';
import type { Speed } from './settings.svelte.ts';
import { createTraceRuntime, type TraceRuntime } from './trace-runtime.ts';

export class TraceView {
  steps = $state.raw<TraceStep[]>([]);
  commands = $state.raw<CommandRecord[]>([]);
  apiLog = $state.raw<ApiExchange[]>([]);
  /** Id of the step shown; -1 before the first. */
  position = $state(-1);
  playing = $state(false);
  /** Updates arrive in a burst (restoring a save): batch them with timers, not frames. */
  instant = false;

  private runtime: TraceRuntime | undefined;
  private unsubscribe: () => void = () => undefined;
  private scheduled = false;

  /** Follow a new session (or a live one, with its recorder); resolves when the recorder is ready. */
  attach(
    session: TraceSource,
    options: { speed: Speed; stepMode: boolean },
    recorder?: TraceRecorder,
  ): Promise<void> {
    this.unsubscribe();
    this.runtime?.detach();
    const runtime = createTraceRuntime(session, options, recorder);
    this.runtime = runtime;
    this.unsubscribe = runtime.subscribe(() => this.schedule());
    this.sync();
    return runtime.ready;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const later =
      typeof requestAnimationFrame === 'function' && !this.instant
        ? requestAnimationFrame
        : (f: () => void) => setTimeout(f, 0);
    later(() => {
      this.scheduled = false;
      this.sync();
    });
  }

  private sync(): void {
    const r = this.runtime;
    if (!r) return;
    this.steps = [...r.steps()];
    this.commands = r.commands().map((c) => ({ ...c }));
    this.apiLog = [...r.apiLog()];
    this.position = r.position();
    this.playing = r.playing();
  }

  run(line: string): Promise<number> {
    if (!this.runtime) return Promise.resolve(127);
    return this.runtime.run(line);
  }

  /** The step with this id, if still kept. */
  step(id: number): TraceStep | undefined {
    const first = this.steps[0]?.id ?? 0;
    return this.steps[id - first];
  }

  current(): TraceStep | undefined {
    return this.position >= 0 ? this.step(this.position) : undefined;
  }

  /** The scene the diagram draws at step `id`. */
  sceneAt(id: number): SceneState | undefined {
    return this.runtime?.sceneAt(id);
  }

  /** Show the last step and follow new ones (after a restore), at the learner's speed. */
  showLatest(speed: Speed): void {
    this.runtime?.setSpeed(speed);
    this.runtime?.jumpToEnd();
    this.sync();
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

  detach(): void {
    this.unsubscribe();
    this.runtime?.detach();
    this.runtime = undefined;
  }
}
