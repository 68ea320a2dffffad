/**
 * The trace machinery behind the web app, behind one small interface: the TraceRecorder
 * (src/sim/trace) records each command's steps, the Player (src/sim/player) walks them.
 * Until those land, commands run straight through the session and no steps are recorded.
 */
import type { HostSession } from '../../sim/host/session.ts';
import type { CommandRecord, TraceStep } from '../../sim/trace/types.ts';
import type { Speed } from './settings.svelte.ts';

export interface TraceRuntime {
  /** Whether steps are recorded at all. */
  traced: boolean;
  run(line: string): Promise<number>;
  steps(): readonly TraceStep[];
  commands(): readonly CommandRecord[];
  apiLog(): readonly unknown[];
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
}

export function createTraceRuntime(session: HostSession): TraceRuntime {
  const nothing = () => undefined;
  return {
    traced: false,
    run: (line) => session.run(line),
    steps: () => [],
    commands: () => [],
    apiLog: () => [],
    position: () => -1,
    playing: () => false,
    subscribe: () => nothing,
    play: nothing,
    pause: nothing,
    stepForward: nothing,
    stepBack: nothing,
    jumpToCommand: nothing,
    jumpToStep: nothing,
    jumpToEnd: nothing,
    replayCommand: nothing,
    setSpeed: nothing,
    setStepMode: nothing,
  };
}
