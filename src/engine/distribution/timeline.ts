/**
 * Transfers as a schedule in virtual time. Pull and push first work out when each
 * layer starts and finishes moving (a few at a time, proportional to bytes), then
 * replay that schedule: sleep on the clock until the next moment, do its work, yield
 * its messages. The engine does not wait on real time; the player decides the pace.
 */
import type { JsonMessage } from '../api/types.ts';
import type { Sleeper } from './deps.ts';

export interface Moment {
  /** Virtual ms from the start of the transfer. */
  at: number;
  message?: JsonMessage;
  /** Work done at that moment (fetch a blob, register a layer), before the message. */
  run?: () => void;
}

/** Emit a progress message every ~100 ms of transfer, at most 20 per layer. */
export function progressSteps(durationMs: number): number {
  return Math.max(1, Math.min(20, Math.ceil(durationMs / 100)));
}

/** Duration of moving `bytes` at `bytesPerSecond`, at least 1 ms so order is visible. */
export function transferMs(bytes: number, bytesPerSecond: number): number {
  return Math.max(1, Math.round((bytes / bytesPerSecond) * 1000));
}

/**
 * Start times for jobs run `limit` at a time in order (a worker pool).
 * @example poolSchedule([100, 100, 100, 100], 3) // [{start:0,end:100}, …, {start:100,end:200}]
 */
export function poolSchedule(durations: number[], limit: number): { start: number; end: number }[] {
  const free: number[] = Array.from({ length: Math.max(1, limit) }, () => 0);
  return durations.map((d) => {
    let slot = 0;
    for (let i = 1; i < free.length; i++) if (free[i] < free[slot]) slot = i;
    const start = free[slot];
    free[slot] = start + d;
    return { start, end: start + d };
  });
}

/** Replay moments in time order (stable for equal times), sleeping between them. */
export async function* replay(moments: Moment[], clock?: Sleeper): AsyncGenerator<JsonMessage> {
  const ordered = moments.map((m, i) => ({ m, i })).sort((a, b) => a.m.at - b.m.at || a.i - b.i);
  let now = 0;
  for (const { m } of ordered) {
    if (m.at > now) {
      if (clock) await clock.sleep(m.at - now);
      now = m.at;
    }
    m.run?.();
    if (m.message) yield m.message;
  }
}
