/**
 * While serving, virtual time follows real time: every few milliseconds the daemon's
 * clock advances by the real time that passed, firing the timers that fell due. So a
 * `sleep 5` container runs 5 real seconds, `docker stop` waits its real 10 s grace, and
 * a pull takes its simulated transfer time. (The in-process CLI instead jumps to the
 * next timer whenever it is idle: src/sim/settle.ts.)
 */
import type { VirtualClock } from '../../../engine/util/clock.ts';

export interface RealTimeOptions {
  /** How often to advance, in real ms (default 25). */
  intervalMs?: number;
  /** Virtual ms per real ms (default 1; tests may speed time up). */
  rate?: number;
  /** A source of real time in ms (default performance.now). */
  now?: () => number;
  /** Told when a timer the engine set throws; the clock keeps running. */
  onError?: (error: unknown) => void;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Starts following real time; returns a function that stops. */
export function followRealTime(clock: VirtualClock, options: RealTimeOptions = {}): () => void {
  const now = options.now ?? (() => performance.now());
  const rate = options.rate ?? 1;
  let last = now();
  // Virtual time moves in whole milliseconds: Created and other times must stay integers.
  let carry = 0;
  let busy = false;
  let stopped = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    const t = now();
    carry += (t - last) * rate;
    last = t;
    const step = Math.floor(carry);
    carry -= step;
    const target = clock.now() + step;
    const fire = (at: number) => {
      try {
        clock.advanceTo(at);
      } catch (error) {
        options.onError?.(error);
      }
    };
    // Timer by timer, with a turn of the event loop between, as settle() does: what a
    // timer wakes up runs (and sets its own timers) before the next timer fires.
    for (let next = clock.nextTimerAt(); !stopped && next !== undefined && next <= target; next = clock.nextTimerAt()) {
      fire(next);
      await turn();
    }
    fire(Math.max(clock.now(), target));
    busy = false;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 25);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
