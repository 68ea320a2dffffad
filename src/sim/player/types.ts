/**
 * What the player needs and offers. The player walks a recorder's steps; time comes from
 * an injected scheduler with xstate's Clock shape, so tests pass a `SimulatedClock` and the
 * app passes `{ setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout }`.
 */
import type { CommandRecord, TraceStep } from '../trace/types.ts';

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type Speed = 0.25 | 0.5 | 1 | 2 | 4 | 'instant';

/** The part of TraceRecorder the player reads. */
export interface StepSource {
  /** The id the next step will get; the last step is `nextId - 1`. */
  readonly nextId: number;
  /** Steps with a smaller id were dropped and cannot be shown. */
  readonly droppedSteps: number;
  readonly commands: readonly CommandRecord[];
  subscribe(listener: (step: TraceStep) => void): () => void;
}

export interface PlayerState {
  /** The id of the step shown; -1 before the first one. */
  position: number;
  playing: boolean;
  stepMode: boolean;
  speed: Speed;
  /** Playing stops here (set by replayCommand). */
  stopAt?: number;
}

export interface PlayerOptions {
  scheduler: Scheduler;
  /** Time one step is shown at 1× (default 800 ms). */
  stepMs?: number;
  speed?: Speed;
  stepMode?: boolean;
  /** Start at the latest step and follow new ones as they come (default true). */
  live?: boolean;
}
