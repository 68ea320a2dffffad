/**
 * The host half of node's event loop for one process. After the main module runs,
 * the loop waits on the engine's virtual clock for the sandbox's next timer, or for a
 * wake-up (an HTTP request, a response, a signal), runs what is due, and drains the
 * promise jobs. Like node, it ends when nothing is left that could run: no ref'd
 * timers, no listening server, no request in flight. Every return to the loop starts
 * a new CPU turn; a runaway turn is stopped with one line on stderr and status 137.
 */
import type { ProcessContext } from '../../process/types.ts';
import { Budget } from './budget.ts';
import { fromBinary } from './fs-ops.ts';
import type { Escaped, Sandbox } from './sandbox.ts';

export class NodeProcess {
  readonly budget = new Budget();
  sandbox!: Sandbox;
  /** Set once the process is ending: the exit status. */
  status: number | undefined;
  /** What keeps the loop alive besides timers: listening servers, requests in flight. */
  readonly handles = new Set<object>();
  private wakeUp: (() => void) | undefined;
  private sleeping: { at: number; done: Promise<void> } | undefined;

  constructor(readonly ctx: ProcessContext) {}

  /** End with `status` (the first reason wins); the sandbox stops at its next check. */
  exit(status: number): void {
    if (this.status !== undefined) return;
    // A runaway turn may unwind through the program's own handlers first: report the budget, not their error.
    if (this.budget.exhausted) this.ctx.stderr.write(this.budget.message());
    this.status = this.budget.exhausted ? 137 : status;
    this.budget.halted = true;
    this.wake();
  }

  wake(): void {
    this.wakeUp?.();
  }

  /** Bytes from the sandbox (latin1) to stdout (fd 1) or stderr (fd 2), within the output budget. */
  write(fd: number, binary: string): void {
    if (this.status !== undefined || !this.budget.write(binary.length)) return;
    (fd === 2 ? this.ctx.stderr : this.ctx.stdout).write(fromBinary(binary));
  }

  /** Account for what a call into the sandbox left behind, then run its promise jobs. */
  settle(escaped: Escaped): unknown {
    this.check(escaped);
    if (this.status === undefined) this.check(this.sandbox.drain());
    if (this.budget.exhausted && this.status === undefined) this.stopForBudget();
    return 'value' in escaped ? escaped.value : undefined;
  }

  /** A new turn of the loop: the CPU and output budgets start again. */
  enter<T>(work: () => T): T {
    this.budget.turn();
    return work();
  }

  async run(): Promise<number> {
    for (;;) {
      if (this.status !== undefined) return this.status;
      const next = Number(this.settle(this.sandbox.call('nextTimer')));
      if (next < 0 && this.handles.size === 0) {
        const status = Number(this.settle(this.sandbox.call('exitStatus')));
        return this.status ?? status;
      }
      const tick = this.ctx.tick?.();
      if (tick) await tick;
      await this.nextEvent(next >= 0 ? next : undefined);
      if (this.status !== undefined) return this.status;
      if (next >= 0 && this.ctx.clock.now() >= next) this.enter(() => this.settle(this.sandbox.call('runTimers')));
    }
  }

  private nextEvent(at: number | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wakeUp = resolve;
      if (at === undefined) return;
      // Reuse the pending virtual sleep when the target did not change (a wake-up by a request).
      if (this.sleeping?.at !== at) this.sleeping = { at, done: this.ctx.sleep(Math.max(0, at - this.ctx.clock.now())) };
      void this.sleeping.done.then(resolve);
    });
  }

  private check(escaped: Escaped): void {
    if (!('error' in escaped)) return;
    const error = escaped.error as { halt?: boolean; name?: string; message?: string; stack?: string } | undefined;
    if (this.budget.exhausted) return this.stopForBudget();
    if (error?.halt || this.status !== undefined) return;
    // Only what the sandbox's own handlers cannot catch gets here (out of memory, a broken bootstrap).
    const text = error && typeof error === 'object' ? `${error.name ?? 'Error'}: ${error.message ?? ''}\n${error.stack ?? ''}` : String(error);
    this.ctx.stderr.write(`${text.replace(/\n*$/, '\n')}\nNode.js v${this.ctx.env.NODE_VERSION ?? ''}\n`.replace('Node.js v\n', ''));
    this.exit(1);
  }

  private stopForBudget(): void {
    this.exit(137);
  }
}
