/**
 * Copies an engine stream (JSON messages, output frames) to a client connection until
 * the stream ends or the client goes away. A dropped client stops the iteration with
 * the iterator's `return()`, so the engine unsubscribes (a `logs -f` stops following);
 * a pending `next()` is abandoned rather than awaited, because a live stream may never
 * produce another item.
 */

export interface PumpTarget {
  /** Writes one chunk; resolves when the connection can take more (backpressure). */
  write(chunk: Uint8Array | string): Promise<void>;
  /** Resolves once the client has gone away. */
  readonly gone: Promise<void>;
}

export type PumpEnd = 'done' | 'dropped';

/** Streams every item of `source` through `encode` to `target`. */
export async function pump<T>(source: AsyncIterable<T>, target: PumpTarget, encode: (item: T) => Uint8Array | string): Promise<PumpEnd> {
  const iterator = source[Symbol.asyncIterator]();
  const dropped = target.gone.then(() => 'dropped' as const);
  for (;;) {
    const next = await Promise.race([iterator.next(), dropped]);
    if (next === 'dropped') {
      void iterator.return?.()?.catch(() => undefined);
      return 'dropped';
    }
    if (next.done) return 'done';
    await target.write(encode(next.value));
  }
}

/** A PumpTarget over a Node writable (an http.ServerResponse or a hijacked socket). */
export function writableTarget(stream: NodeJS.WritableStream & { once(event: string, listener: () => void): unknown; destroyed?: boolean }): PumpTarget {
  let goneResolve: () => void = () => undefined;
  const gone = new Promise<void>((resolve) => (goneResolve = resolve));
  stream.once('close', goneResolve);
  stream.once('error', goneResolve);
  if (stream.destroyed) goneResolve();
  return {
    gone,
    write: (chunk) =>
      new Promise<void>((resolve) => {
        if (stream.destroyed) return resolve();
        const ok = stream.write(chunk);
        if (ok) return resolve();
        stream.once('drain', resolve);
        void gone.then(resolve);
      }),
  };
}
