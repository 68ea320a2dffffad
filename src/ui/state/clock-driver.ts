/**
 * Keeps the session's virtual clock in step with real time while the learner works, as
 * `npx dockyard` does: every 50 ms the clock advances by the real time that passed,
 * firing due timers, so `sleep 2` takes two seconds and "Up 5 seconds" means it.
 */
import type { VirtualClock } from '../../engine/util/clock.ts';

export function driveClock(clock: VirtualClock, scale = timeScale()): () => void {
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    clock.advance((now - last) * scale);
    last = now;
  }, 50);
  return () => clearInterval(timer);
}

/**
 * `?timescale=10` makes virtual time run ten times faster than real time: downloads and
 * builds finish sooner (for demos and the browser tests). Anything else means 1.
 */
export function timeScale(search = typeof location === 'object' ? location.search : ''): number {
  const value = Number(new URLSearchParams(search).get('timescale'));
  return Number.isFinite(value) && value >= 1 && value <= 100 ? value : 1;
}
