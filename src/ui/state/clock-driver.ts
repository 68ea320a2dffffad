/**
 * Keeps the session's virtual clock in step with real time while the learner works, as
 * `npx dockyard` does: every 50 ms the clock advances by the real time that passed,
 * firing due timers, so `sleep 2` takes two seconds and "Up 5 seconds" means it.
 */
import type { VirtualClock } from '../../engine/util/clock.ts';

export function driveClock(clock: VirtualClock): () => void {
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    clock.advance(now - last);
    last = now;
  }, 50);
  return () => clearInterval(timer);
}
