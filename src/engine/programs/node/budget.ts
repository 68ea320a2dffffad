/**
 * The limits a node process runs under. CPU: QuickJS calls its interrupt handler
 * roughly every 0.1–0.5 ms of work, so counting calls gives a deterministic budget;
 * the count resets whenever the program returns to the event loop (a timer, a request,
 * a signal), so servers can run forever but one turn cannot. Memory: the runtime's own
 * allocation limit. Output: bytes written in one turn.
 */

/** Interrupt-handler calls allowed in one turn of the event loop (~0.2–1 s of work). */
export const cpuBudgetCalls = 2_000;
/** Memory the JavaScript heap may allocate. */
export const memoryLimitBytes = 64 * 1024 * 1024;
/** The native stack JavaScript recursion may use. */
export const stackLimitBytes = 192 * 1024;
/** Bytes a process may write to stdout and stderr in one turn. */
export const outputBudgetBytes = 4 * 1024 * 1024;

export type Exhausted = 'cpu' | 'output';

export class Budget {
  private calls = 0;
  private written = 0;
  /** Set once a limit is crossed; the process stops. */
  exhausted: Exhausted | undefined;
  /** Set when the program has exited: stop running JavaScript at the next check. */
  halted = false;

  /** The interrupt handler: true stops the running JavaScript. */
  readonly interrupt = (): boolean => {
    if (this.halted || this.exhausted) return true;
    if (++this.calls > cpuBudgetCalls) this.exhausted = 'cpu';
    return this.exhausted !== undefined;
  };

  /** Count output; false once the turn's output budget is used up. */
  write(bytes: number): boolean {
    this.written += bytes;
    if (this.written > outputBudgetBytes) this.exhausted ??= 'output';
    return this.exhausted === undefined;
  }

  /** The program yielded to the event loop: a new turn starts. */
  turn(): void {
    this.calls = 0;
    this.written = 0;
  }

  /** The line printed on stderr when a limit stopped the process. */
  message(): string {
    return this.exhausted === 'output'
      ? `dockyard: node wrote more than ${outputBudgetBytes / 1024 / 1024} MiB without pausing and was stopped\n`
      : 'dockyard: node used its CPU budget without pausing and was stopped\n';
  }
}
