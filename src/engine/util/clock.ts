/**
 * Time in the engine is virtual: a clock injected at construction, with timers, so a
 * session replays identically. Nothing waits on real time: when the foreground waits
 * for something that only a timer can bring (a `sleep 5`, a restart back-off), the
 * host advances the clock to the next timer (src/sim/settle.ts).
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, virtual. */
  now(): number;
}

interface Timer {
  id: number;
  at: number;
  fire: () => void;
}

export class VirtualClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Run `fire` once the clock reaches now + ms. Returns an id for `clearTimer`. */
  setTimer(ms: number, fire: () => void): number {
    const timer = { id: this.nextId++, at: this.current + Math.max(0, ms), fire };
    this.timers.push(timer);
    this.timers.sort((x, y) => x.at - y.at || x.id - y.id);
    return timer.id;
  }

  clearTimer(id: number): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  /** A promise that resolves once virtual time has advanced by ms. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(ms, resolve));
  }

  /** The time of the earliest pending timer, if any. */
  nextTimerAt(): number | undefined {
    return this.timers[0]?.at;
  }

  /** Move time forward by ms, firing every timer that falls due, in order. */
  advance(ms: number): void {
    this.advanceTo(this.current + ms);
  }

  advanceTo(target: number): void {
    while (this.timers.length > 0 && this.timers[0].at <= target) {
      const timer = this.timers.shift()!;
      this.current = Math.max(this.current, timer.at);
      timer.fire();
    }
    this.current = Math.max(this.current, target);
  }
}
