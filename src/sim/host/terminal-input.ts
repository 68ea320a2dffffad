/**
 * The terminal's keyboard as standard input for the command in the foreground, like a
 * tty in canonical mode: the terminal hands over each typed line; a command that reads
 * gets it, and what no one read stays with the terminal — when the command ends it is
 * handed back (`takeUnread`) for the shell's next prompt, as bash finds typeahead in the
 * tty. Each command starts with an empty buffer; Ctrl-D ends its input; a reader left
 * over from a finished command (a docker attach pump) gets end-of-input.
 */
import type { InputStream } from '../../engine/process/types.ts';

const encoder = new TextEncoder();

export class TerminalInput implements InputStream {
  private open = false;
  private queued: string[] = [];
  private readers: ((chunk: Uint8Array | null) => void)[] = [];
  private unread = '';

  /** Start a command: its input is empty and open. */
  begin(): void {
    this.end();
    this.unread = '';
    this.open = true;
  }

  /** The command ended: keep what it did not read, end the input of anyone still reading. */
  end(): void {
    this.unread += this.queued.join('');
    this.queued = [];
    this.open = false;
    for (const reader of this.readers.splice(0)) reader(null);
  }

  /** Text typed while a command runs; dropped when none runs (the terminal keeps its own typeahead). */
  write(text: string): void {
    if (!this.open || text === '') return;
    const reader = this.readers.shift();
    if (reader) reader(encoder.encode(text));
    else this.queued.push(text);
  }

  /** Ctrl-D: end of input for the running command. */
  close(): void {
    this.open = false;
    for (const reader of this.readers.splice(0)) reader(null);
  }

  /** What the last command left unread (once). */
  takeUnread(): string {
    const text = this.unread;
    this.unread = '';
    return text;
  }

  read(): Promise<Uint8Array | null> {
    const next = this.queued.shift();
    if (next !== undefined) return Promise.resolve(encoder.encode(next));
    if (!this.open) return Promise.resolve(null);
    return new Promise((resolve) => this.readers.push(resolve));
  }
}
