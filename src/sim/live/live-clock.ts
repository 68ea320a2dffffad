/**
 * The remote daemon's virtual time as the browser sees it: the `at` of the latest engine
 * event, moved on by the real time since it arrived (`dockyard serve` runs its clock at
 * real time). Steps are stamped with it and the inspectors say "2 minutes ago" by it.
 */

export class LiveClock {
  private at: number;
  private seenAt: number;

  constructor(
    start: number,
    private readonly realNow: () => number = () => Date.now(),
  ) {
    this.at = start;
    this.seenAt = realNow();
  }

  /** An event stamped `at` just arrived. */
  saw(at: number): void {
    this.at = at;
    this.seenAt = this.realNow();
  }

  now(): number {
    return this.at + Math.max(0, this.realNow() - this.seenAt);
  }
}
