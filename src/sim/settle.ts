/**
 * Drives the engine's virtual clock from the host side: wait for a promise, and whenever
 * nothing else can make progress, jump virtual time to the next timer. A whole macrotask
 * turn (setTimeout 0) lets every pending promise chain in the engine run first.
 */
import type { VirtualClock } from '../engine/util/clock.ts';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type Settled<T> = { done: true; value: T } | { done: false };

/**
 * Wait for `promise`, advancing virtual time as needed. Gives up after `limitMs` of
 * virtual time (returns `{ done: false }`), so a process that never ends cannot hang.
 */
export async function settle<T>(clock: VirtualClock, promise: Promise<T>, limitMs = 24 * 3600_000): Promise<Settled<T>> {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  promise.then(
    (value) => (outcome = { ok: true, value }),
    (error) => (outcome = { ok: false, error }),
  );
  const deadline = clock.now() + limitMs;
  for (;;) {
    await macrotask();
    if (outcome?.ok) return { done: true, value: outcome.value };
    if (outcome && !outcome.ok) throw outcome.error;
    const next = clock.nextTimerAt();
    if (next === undefined || next > deadline) return { done: false };
    clock.advanceTo(next);
  }
}

/**
 * Let `ms` of virtual time pass the way real time would: timer by timer, letting every
 * process react (print, sleep again) before the next one fires. A single
 * `clock.advance(ms)` would fire only the timers that exist now.
 */
export async function elapse(clock: VirtualClock, ms: number): Promise<void> {
  const target = clock.now() + ms;
  for (;;) {
    await macrotask();
    const next = clock.nextTimerAt();
    if (next === undefined || next > target) break;
    clock.advanceTo(next);
  }
  clock.advanceTo(target);
}
