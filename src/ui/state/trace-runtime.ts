/**
 * The trace machinery behind the web app, behind one small interface: the TraceRecorder
 * (src/sim/trace) records each command's steps and the scene at every step; the Player
 * (src/sim/player) decides which step is shown, timed by the browser's timers.
 * Positions are step ids (`TraceStep.id`).
 */
import { TraceRecorder, type TraceSource } from '../../sim/trace/recorder.ts';
import { Player } from '../../sim/player/player.ts';
import type { ApiExchange } from '../../sim/trace/api-log.ts';
import type { SceneState } from '../../sim/scene/types.ts';
import type { CommandRecord, TraceStep } from '../../sim/trace/types.ts';
import type { Speed } from './settings.svelte.ts';

export interface TraceRuntime {
  /** Resolves once the recorder knows the daemon's starting state. */
  ready: Promise<void>;
  run(line: string): Promise<number>;
  steps(): readonly TraceStep[];
  commands(): readonly CommandRecord[];
  apiLog(): readonly ApiExchange[];
  sceneAt(id: number): SceneState;
  /** Step id shown; -1 before the first. */
  position(): number;
  playing(): boolean;
  subscribe(listener: () => void): () => void;
  play(): void;
  pause(): void;
  stepForward(): void;
  stepBack(): void;
  jumpToCommand(id: number): void;
  jumpToStep(id: number): void;
  jumpToEnd(): void;
  replayCommand(id: number): void;
  setSpeed(speed: Speed): void;
  setStepMode(on: boolean): void;
  detach(): void;
}

const browserScheduler = {
  setTimeout: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `recorder`: one already following `session` (live mode marks its commands itself). */
export function createTraceRuntime(
  session: TraceSource,
  options: { speed: Speed; stepMode: boolean },
  recorder = new TraceRecorder(session),
): TraceRuntime {
  const player = new Player(recorder, {
    scheduler: browserScheduler,
    speed: options.speed,
    stepMode: options.stepMode,
    live: true,
  });
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  const offStep = recorder.subscribe(() => notify());
  const offCommand = recorder.subscribeCommands(() => notify());
  const offPlayer = player.subscribe(() => notify());
  return {
    ready: recorder.ready,
    run: (line) => {
      // A new command is shown from its first step: played live, or stepped in step mode.
      if (player.stepMode || !player.playing) player.jumpTo(recorder.nextId - 1);
      if (!player.stepMode) player.play();
      return recorder.run(line);
    },
    steps: () => recorder.steps,
    commands: () => recorder.commands,
    apiLog: () => recorder.apiLog.entries,
    sceneAt: (id) => recorder.sceneAt(id),
    position: () => player.position,
    playing: () => player.playing,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    play: () => player.play(),
    pause: () => player.pause(),
    stepForward: () => player.stepForward(),
    stepBack: () => player.stepBack(),
    jumpToCommand: (id) => player.jumpToCommand(id),
    jumpToStep: (id) => player.jumpTo(id),
    jumpToEnd: () => {
      player.jumpTo(recorder.nextId - 1);
      if (!player.stepMode) player.play();
    },
    replayCommand: (id) => player.replayCommand(id),
    setSpeed: (speed) => player.setSpeed(speed),
    setStepMode: (on) => player.setStepMode(on),
    detach: () => {
      offStep();
      offCommand();
      offPlayer();
      player.dispose();
      recorder.detach();
    },
  };
}
