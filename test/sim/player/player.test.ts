import { describe, expect, test } from 'vitest';
import { SimulatedClock } from 'xstate';
import { Player } from '../../../src/sim/player/player.ts';
import type { StepSource } from '../../../src/sim/player/types.ts';
import type { CommandRecord, TraceStep } from '../../../src/sim/trace/types.ts';
import { tracedSession } from '../trace/fixtures.ts';

/** A trace of `steps` steps in commands of `perCommand`, that can grow. */
function source(steps: number, perCommand = 5): StepSource & { add(n: number): void } {
  const listeners = new Set<(step: TraceStep) => void>();
  const commands: CommandRecord[] = [];
  const s = {
    nextId: 0,
    droppedSteps: 0,
    commands,
    subscribe(listener: (step: TraceStep) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(n: number) {
      for (let i = 0; i < n; i++) {
        const id = s.nextId++;
        if (id % perCommand === 0) commands.push({ id: commands.length, line: `cmd ${commands.length}`, firstStep: id, lastStep: id });
        commands.at(-1)!.lastStep = id;
        const step = { id, commandId: commands.length - 1, machine: 'client', machineId: 'c', from: 'a', to: 'b', component: 'client', sentence: `step ${id}`, at: 0 } as const;
        for (const listener of listeners) listener(step);
      }
    },
  };
  s.add(steps);
  return s;
}

/** Let `ms` pass in 50 ms ticks (a SimulatedClock times a timer set while firing from the new now). */
function elapse(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 50) clock.increment(Math.min(50, left));
}

describe('Player', () => {
  test('starts live at the latest step and follows new steps as they arrive, one per 800 ms at 1×', () => {
    const clock = new SimulatedClock();
    const trace = source(3);
    const player = new Player(trace, { scheduler: clock });
    expect(player.position).toBe(2);
    trace.add(3);
    expect(player.position).toBe(2);
    elapse(clock, 800);
    expect(player.position).toBe(3);
    elapse(clock, 1600);
    expect(player.position).toBe(5);
    elapse(clock, 5000);
    expect(player.position).toBe(5);
  });

  test('plays at the chosen speed: 0.25× shows a step for 3.2 s, 4× for 200 ms, instant jumps to the end', () => {
    const clock = new SimulatedClock();
    const player = new Player(source(20), { scheduler: clock, live: false });
    expect(player.position).toBe(-1);
    player.setSpeed(0.25);
    player.play();
    elapse(clock, 3199);
    expect(player.position).toBe(-1);
    elapse(clock, 1);
    expect(player.position).toBe(0);
    player.setSpeed(4);
    elapse(clock, 400);
    expect(player.position).toBe(2);
    player.setSpeed('instant');
    expect(player.position).toBe(19);
  });

  test('pause stops the clock; step forward and back move one step and pause', () => {
    const clock = new SimulatedClock();
    const player = new Player(source(10), { scheduler: clock, live: false });
    player.play();
    elapse(clock, 1600);
    player.pause();
    elapse(clock, 8000);
    expect(player.position).toBe(1);
    player.stepForward();
    player.stepForward();
    player.stepBack();
    expect(player.snapshot).toMatchObject({ position: 2, playing: false });
    for (let i = 0; i < 5; i++) player.stepBack();
    expect(player.position).toBe(-1);
  });

  test('step mode pauses at every step: play shows just the next one, and new steps wait', () => {
    const clock = new SimulatedClock();
    const trace = source(4);
    const player = new Player(trace, { scheduler: clock, stepMode: true });
    trace.add(3);
    elapse(clock, 10_000);
    expect(player.position).toBe(3);
    player.play();
    expect(player.snapshot).toMatchObject({ position: 4, playing: false, stepMode: true });
    player.setStepMode(false);
    player.play();
    elapse(clock, 1600);
    expect(player.position).toBe(6);
  });

  test('jumpToCommand shows its first step; replayCommand plays it from the start and stops at its end', () => {
    const clock = new SimulatedClock();
    const player = new Player(source(15, 5), { scheduler: clock });
    player.jumpToCommand(1);
    expect(player.snapshot).toMatchObject({ position: 5, playing: false });
    player.replayCommand(0);
    expect(player.position).toBe(-1);
    elapse(clock, 800 * 5);
    expect(player.position).toBe(4);
    elapse(clock, 800 * 5);
    expect(player.snapshot).toMatchObject({ position: 4, playing: false });
  });

  test('tells subscribers about every change of position', () => {
    const clock = new SimulatedClock();
    const player = new Player(source(3), { scheduler: clock, live: false });
    const seen: number[] = [];
    player.subscribe((state) => seen.push(state.position));
    player.setSpeed(2);
    player.play();
    elapse(clock, 5000);
    expect([...new Set(seen)]).toEqual([-1, 0, 1, 2]);
  });

  test('follows a real recorder while commands run', async () => {
    const t = await tracedSession();
    const clock = new SimulatedClock();
    const player = new Player(t.recorder, { scheduler: clock, speed: 'instant' });
    await t.run('docker run hello-world');
    expect(player.position).toBe(t.recorder.nextId - 1);
    player.jumpToCommand(0);
    expect(t.recorder.step(player.position)?.sentence).toBe('You type `docker run hello-world`; the docker CLI parses it into an API call.');
    expect(t.recorder.sceneAt(player.position).images).toEqual([]);
  });
});
