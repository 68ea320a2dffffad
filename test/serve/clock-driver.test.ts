/**
 * While serving, the daemon's virtual clock follows real time, timer by timer, so what
 * one timer wakes up can set the next before it falls due — as the host's settle() does.
 */
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../src/engine/util/clock.ts';
import { followRealTime } from '../../src/sim/node/serve/clock-driver.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('virtual time following real time', () => {
  it('advances the clock by the real time that passed', async () => {
    const clock = new VirtualClock(0);
    const stop = followRealTime(clock, { intervalMs: 10 });
    await sleep(200);
    stop();
    expect(clock.now()).toBeGreaterThanOrEqual(150);
    expect(clock.now()).toBeLessThan(400);
    expect(Number.isInteger(clock.now())).toBe(true);
  });

  it('fires timers in order and lets promise chains set the next timer between them', async () => {
    let real = 0;
    const clock = new VirtualClock(0);
    const fired: number[] = [];
    // A chain: each step awaits a promise, then sleeps 10 ms more — within one tick of 100 ms.
    void (async () => {
      for (let i = 0; i < 5; i++) {
        await clock.sleep(10);
        await Promise.resolve();
        fired.push(clock.now());
      }
    })();
    const stop = followRealTime(clock, { intervalMs: 5, now: () => real });
    real = 100;
    await expect.poll(() => fired.length, { timeout: 1000 }).toBe(5);
    stop();
    expect(fired).toEqual([10, 20, 30, 40, 50]);
    expect(clock.now()).toBe(100);
  });

  it('can run faster than real time and keeps going when a timer throws', async () => {
    let real = 0;
    const clock = new VirtualClock(0);
    const errors: unknown[] = [];
    clock.setTimer(5, () => {
      throw new Error('bad timer');
    });
    let later = false;
    clock.setTimer(50, () => (later = true));
    const stop = followRealTime(clock, { intervalMs: 5, rate: 10, now: () => real, onError: (e) => errors.push(e) });
    real = 10;
    await expect.poll(() => later, { timeout: 1000 }).toBe(true);
    stop();
    expect(errors).toHaveLength(1);
  });
});
