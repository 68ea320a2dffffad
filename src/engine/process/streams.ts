/**
 * The byte streams processes are wired with: pipes between pipeline stages, captured
 * output (command substitution, tests), fixed input (here-documents, files) and the null
 * device. Pipes buffer without limit: everything is in memory and a stage that writes
 * into a pipe nobody reads any more is told so through `onBroken` (SIGPIPE).
 */
import type { InputStream, OutputStream } from './types.ts';

const encoder = new TextEncoder();

export function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** An output stream that is also told when the writer is done. */
export interface WritableEnd extends OutputStream {
  close(): void;
}

/** A one-way pipe: `write`/`close` on one side, `read` on the other. */
export class Pipe implements InputStream, WritableEnd {
  private chunks: Uint8Array[] = [];
  private waiting: ((chunk: Uint8Array | null) => void)[] = [];
  private closed = false;
  private readerGone = false;
  /** Called once when someone writes after the reader went away (SIGPIPE). */
  onBroken: (() => void) | undefined;

  write(data: string | Uint8Array): void {
    if (this.closed) return;
    if (this.readerGone) {
      const broken = this.onBroken;
      this.onBroken = undefined;
      broken?.();
      return;
    }
    const bytes = toBytes(data);
    if (bytes.length === 0) return;
    const reader = this.waiting.shift();
    if (reader) reader(bytes);
    else this.chunks.push(bytes);
  }

  close(): void {
    this.closed = true;
    for (const reader of this.waiting.splice(0)) reader(null);
  }

  /** The reading side is done (e.g. `head` has its lines): further writes are broken. */
  closeReader(): void {
    this.readerGone = true;
    this.chunks = [];
  }

  read(): Promise<Uint8Array | null> {
    const chunk = this.chunks.shift();
    if (chunk) return Promise.resolve(chunk);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** Collects everything written, e.g. for `$(…)` or a test's view of stdout. */
export class CaptureStream implements OutputStream {
  private parts: Uint8Array[] = [];

  write(data: string | Uint8Array): void {
    this.parts.push(toBytes(data));
  }

  bytes(): Uint8Array {
    const total = this.parts.reduce((n, p) => n + p.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  text(): string {
    return new TextDecoder().decode(this.bytes());
  }
}

/** Input that yields the given content once, then end of input. */
export function fixedInput(content: string | Uint8Array): InputStream {
  let pending: Uint8Array | null = toBytes(content);
  return {
    read: () => {
      const chunk = pending && pending.length > 0 ? pending : null;
      pending = null;
      return Promise.resolve(chunk);
    },
  };
}

/** `/dev/null` as input: immediately at end. */
export const emptyInput: InputStream = { read: () => Promise.resolve(null) };

/** `/dev/null` as output: discards everything. */
export const nullOutput: OutputStream = { write: () => undefined };

/** Reads an input stream to its end. */
export async function readAll(input: InputStream): Promise<Uint8Array> {
  const capture = new CaptureStream();
  for (let chunk = await input.read(); chunk; chunk = await input.read()) capture.write(chunk);
  return capture.bytes();
}
