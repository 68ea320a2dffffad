/**
 * The life of a foreground server: install handlers for the signals that stop it, each
 * printing the server's own shutdown lines, then wait until one arrives. A handler ends
 * the process with `ctx.exit`, so `waitForever` never returns in practice.
 */
import type { ProcessContext, Signal } from '../process/types.ts';

/** What the server does on a stop signal: returns the exit status, or undefined to keep running. */
export type StopHandler = (signal: Signal) => number | undefined;

export async function serveUntilStopped(ctx: ProcessContext, stops: Partial<Record<Signal, StopHandler>>): Promise<number> {
  for (const [signal, handler] of Object.entries(stops) as [Signal, StopHandler][]) {
    ctx.onSignal(signal, (received) => {
      const status = handler(received);
      if (status !== undefined) ctx.exit(status);
    });
  }
  return ctx.waitForever();
}

/** A line writer bound to a stream, so log-heavy programs read as their logs. */
export function lineWriter(stream: { write(data: string): void }): (line: string) => void {
  return (line) => stream.write(`${line}\n`);
}
