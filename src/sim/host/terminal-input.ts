/**
 * The terminal's keyboard as standard input for the command in the foreground: each
 * command line gets a fresh pipe, the terminal writes what the learner types into it
 * (a line at a time, as a terminal in canonical mode does), Ctrl-D closes it, and the
 * command's end closes it too — so a reader left over from a finished command (a docker
 * attach pump) gets end-of-input instead of stealing the next command's keystrokes.
 */
import { Pipe } from '../../engine/process/streams.ts';
import type { InputStream } from '../../engine/process/types.ts';

export class TerminalInput implements InputStream {
  private current?: Pipe;

  /** Start a command: its input is a new, empty pipe. */
  begin(): void {
    this.current?.close();
    this.current = new Pipe();
  }

  /** The command ended: whoever still reads gets end-of-input. */
  end(): void {
    this.current?.close();
    this.current = undefined;
  }

  /** Text typed while a command runs (nothing runs: dropped, as a terminal discards it at the next prompt). */
  write(text: string): void {
    this.current?.write(text);
  }

  /** Ctrl-D. */
  close(): void {
    this.current?.close();
  }

  read(): Promise<Uint8Array | null> {
    return this.current ? this.current.read() : Promise.resolve(null);
  }
}
