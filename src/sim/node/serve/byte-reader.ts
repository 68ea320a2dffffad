/**
 * Reads a hijacked socket: first the request body (exactly Content-Length bytes, some
 * of which Node already read into `head`), then everything after it as the stdin
 * stream — an async iterable of chunks that ends when the client half-closes.
 */
import type { Duplex } from 'node:stream';
import { AsyncQueue } from '../../../engine/util/async-queue.ts';

export class ByteReader {
  private readonly incoming = new AsyncQueue<Uint8Array>();
  private readonly iterator = this.incoming[Symbol.asyncIterator]();
  private pending: Uint8Array = new Uint8Array(0);
  private readonly onData = (chunk: Buffer) => this.incoming.push(new Uint8Array(chunk));
  private readonly onEnd = () => this.incoming.close();

  constructor(
    private readonly socket: Duplex,
    head: Buffer,
  ) {
    if (head.length > 0) this.incoming.push(new Uint8Array(head));
    socket.on('data', this.onData);
    socket.once('end', this.onEnd);
    socket.once('close', this.onEnd);
  }

  /** Exactly `length` bytes (fewer if the client closes first). */
  async read(length: number): Promise<Uint8Array> {
    while (this.pending.length < length) {
      const next = await this.iterator.next();
      if (next.done) break;
      this.pending = concat(this.pending, next.value);
    }
    const out = this.pending.slice(0, length);
    this.pending = this.pending.slice(length);
    return out;
  }

  /** Everything after the body, as it arrives. */
  rest(): AsyncIterable<Uint8Array> {
    const first = this.pending;
    this.pending = new Uint8Array(0);
    const iterator = this.iterator;
    return {
      async *[Symbol.asyncIterator]() {
        if (first.length > 0) yield first;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value;
        }
      },
    };
  }

  /** Stops listening (the stream is over); stdin readers see its end. */
  stop(): void {
    this.socket.off('data', this.onData);
    this.incoming.close();
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
