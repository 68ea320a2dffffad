/**
 * The player over a trace: which step is shown, and how the shown step moves on — play,
 * pause, step forward/back, jump to or replay a command, speed 0.25×–4× or instant, and
 * step mode (stop at every step). The engine already holds the final state; the player
 * only controls what is shown. When playing at the end of the trace it follows new steps
 * as they arrive. All timing goes through the injected scheduler.
 *
 * @example
 * const player = new Player(recorder, { scheduler: new SimulatedClock() });
 * player.subscribe((state) => draw(recorder.step(state.position), recorder.sceneAt(state.position)));
 */
import type { PlayerOptions, PlayerState, Scheduler, Speed, StepSource } from './types.ts';

export class Player {
  private state: PlayerState;
  private timer: unknown;
  private readonly scheduler: Scheduler;
  private readonly stepMs: number;
  private readonly listeners = new Set<(state: PlayerState) => void>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly source: StepSource,
    options: PlayerOptions,
  ) {
    this.scheduler = options.scheduler;
    this.stepMs = options.stepMs ?? 800;
    const live = options.live ?? true;
    this.state = { position: live ? source.nextId - 1 : this.first - 1, playing: live && !options.stepMode, stepMode: options.stepMode ?? false, speed: options.speed ?? 1 };
    this.unsubscribe = source.subscribe(() => this.onNewStep());
  }

  get position(): number {
    return this.state.position;
  }
  get playing(): boolean {
    return this.state.playing;
  }
  get stepMode(): boolean {
    return this.state.stepMode;
  }
  get speed(): Speed {
    return this.state.speed;
  }
  /** A copy of the whole state. */
  get snapshot(): PlayerState {
    return { ...this.state };
  }

  /** Hear every change of position, playing, speed or step mode. */
  subscribe(listener: (state: PlayerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  play(): void {
    if (this.state.stepMode) return this.stepForward();
    this.update({ playing: true });
    this.schedule();
  }

  pause(): void {
    this.cancel();
    this.update({ playing: false, stopAt: undefined });
  }

  stepForward(): void {
    this.pause();
    this.moveTo(this.state.position + 1);
  }

  stepBack(): void {
    this.pause();
    this.moveTo(this.state.position - 1);
  }

  /** Show step `id` (clamped to the steps that exist), paused. */
  jumpTo(id: number): void {
    this.pause();
    this.moveTo(id);
  }

  /** Show the first step of command `id`, paused. */
  jumpToCommand(id: number): void {
    const command = this.source.commands[id];
    if (command) this.jumpTo(command.lastStep < command.firstStep ? command.lastStep : command.firstStep);
  }

  /** Play command `id` again from its first step, stopping at its last (in step mode: go to its first step). */
  replayCommand(id: number): void {
    const command = this.source.commands[id];
    if (!command) return;
    if (this.state.stepMode) return this.jumpTo(command.firstStep);
    this.jumpTo(command.firstStep - 1);
    this.update({ playing: true, stopAt: command.lastStep });
    this.schedule();
  }

  setSpeed(speed: Speed): void {
    this.update({ speed });
    if (this.state.playing) {
      this.cancel();
      this.schedule();
    }
  }

  setStepMode(on: boolean): void {
    if (on) this.pause();
    this.update({ stepMode: on });
  }

  dispose(): void {
    this.cancel();
    this.unsubscribe();
    this.listeners.clear();
  }

  private get first(): number {
    return this.source.droppedSteps;
  }
  private get last(): number {
    return this.source.nextId - 1;
  }
  private get end(): number {
    return Math.min(this.last, this.state.stopAt ?? Infinity);
  }

  private onNewStep(): void {
    if (this.state.playing) this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || !this.state.playing) return;
    if (this.state.speed === 'instant') {
      this.moveTo(this.end);
      return this.arrived();
    }
    if (this.state.position >= this.end) return this.arrived();
    this.timer = this.scheduler.setTimeout(() => this.tick(), this.stepMs / this.state.speed);
  }

  private tick(): void {
    this.timer = undefined;
    if (!this.state.playing) return;
    this.moveTo(this.state.position + 1);
    this.schedule();
  }

  /** At the end of a replay, stop; at the end of the trace, keep playing to follow new steps. */
  private arrived(): void {
    if (this.state.stopAt !== undefined && this.state.position >= this.state.stopAt) this.update({ playing: false, stopAt: undefined });
  }

  private moveTo(id: number): void {
    const position = Math.max(this.first - 1, Math.min(this.last, id));
    if (position !== this.state.position) this.update({ position });
  }

  private cancel(): void {
    if (this.timer !== undefined) this.scheduler.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private update(change: Partial<PlayerState>): void {
    const next = { ...this.state, ...change };
    if ((Object.keys(change) as (keyof PlayerState)[]).every((k) => next[k] === this.state[k])) return;
    this.state = next;
    for (const listener of this.listeners) listener({ ...this.state });
  }
}
