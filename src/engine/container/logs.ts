/**
 * A container's output, kept as the json-file log driver keeps it: one entry per line
 * (a partial last line stays open until its newline), each stamped with the virtual
 * time it was written, plus live listeners for `logs -f` and attach.
 */

export interface LogEntry {
  stream: 'stdout' | 'stderr';
  text: string;
  time: number;
}

export type LogListener = (entry: LogEntry) => void;

export class ContainerLog {
  readonly entries: LogEntry[] = [];
  private listeners = new Set<LogListener>();
  private open: Partial<Record<'stdout' | 'stderr', LogEntry>> = {};
  /** Upper bound of kept entries, so a chatty loop cannot exhaust memory. */
  private readonly limit = 20_000;

  write(stream: 'stdout' | 'stderr', text: string, time: number): void {
    let rest = text;
    while (rest.length > 0) {
      const nl = rest.indexOf('\n');
      const piece = nl < 0 ? rest : rest.slice(0, nl + 1);
      rest = nl < 0 ? '' : rest.slice(nl + 1);
      const pending = this.open[stream];
      if (pending) {
        pending.text += piece;
        if (piece.endsWith('\n')) delete this.open[stream];
        this.notify({ stream, text: piece, time: pending.time });
        continue;
      }
      const entry = { stream, text: piece, time };
      this.entries.push(entry);
      if (this.entries.length > this.limit) this.entries.shift();
      if (!piece.endsWith('\n')) this.open[stream] = entry;
      this.notify({ ...entry });
    }
  }

  subscribe(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(entry: LogEntry): void {
    for (const listener of [...this.listeners]) listener(entry);
  }
}
