/**
 * The build's JSON-message stream (moby's streamformatter for the classic builder):
 * text goes out as `{stream}`, the image of each stage as `{aux:{ID}}`, and a failure
 * as `{errorDetail:{code,message}, error}`. With `q=1` text is swallowed and only the
 * final ID and errors are sent. BuildKit mode sends `moby.buildkit.trace` messages.
 */
import type { JsonMessage } from '../../api/types.ts';
import { AsyncQueue } from '../../util/async-queue.ts';

export class BuildOutput {
  readonly queue = new AsyncQueue<JsonMessage>();
  /** True once anything was sent: errors after that go in-band. */
  started = false;

  constructor(readonly quiet: boolean) {}

  /** Text the user reads (Step lines, RUN output). */
  text(s: string): void {
    if (this.quiet || s === '') return;
    this.send({ stream: s });
  }

  /** Text that is sent even with `-q` (the final image ID). */
  always(s: string): void {
    this.send({ stream: s });
  }

  aux(value: unknown): void {
    this.send({ aux: value });
  }

  /** Any message (pull progress forwarded inline, BuildKit trace). */
  send(message: JsonMessage): void {
    this.started = true;
    this.queue.push(message);
  }

  error(message: string, code?: number): void {
    this.send({ errorDetail: code === undefined ? { message } : { code, message }, error: message });
  }

  close(): void {
    this.queue.close();
  }
}
