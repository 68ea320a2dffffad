/**
 * Lets the recorder read the progress streams the daemon sends the CLI (build, pull, push)
 * without consuming them: the session's API handler is wrapped so that such a response's
 * message stream is teed — each message goes to the recorder as soon as the daemon sends
 * it. Only the response object the CLI receives changes; the engine is untouched. The
 * returned function restores the handler. (Engine events for build steps and transfer
 * progress would make this tap unnecessary.)
 */
import type { ApiHandler, JsonMessage } from '../../engine/api/types.ts';

export interface StreamTapListener {
  message(requestId: number, message: JsonMessage): void;
  end(requestId: number): void;
}

/** The streams worth reading: build, pull (`/images/create`) and push. */
export const tappedPath = /^(\/v[\d.]+)?\/(build|images\/create|images\/.+\/push)$/;

/**
 * Reads the source eagerly (so build steps reach the trace in step with the engine's own
 * events, not whenever the CLI gets round to printing) and hands the CLI the same messages
 * in the same order. If the CLI stops reading, the source is told to stop too.
 */
function tee(source: AsyncIterable<JsonMessage>, requestId: number, listener: StreamTapListener): AsyncIterable<JsonMessage> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: JsonMessage[] = [];
  let finished = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  void (async () => {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        listener.message(requestId, next.value);
        buffered.push(next.value);
        wake?.();
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      listener.end(requestId);
      wake?.();
    }
  })();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          if (buffered.length > 0) {
            yield buffered.shift()!;
            continue;
          }
          if (failure) throw failure.error;
          if (finished) return;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      } finally {
        if (!finished) void iterator.return?.();
      }
    },
  };
}

/**
 * @param lastRequestId the id of the api.request event the handler just emitted (it is
 * emitted synchronously when `handle` is called)
 */
export function tapStreams(api: ApiHandler, lastRequestId: () => number, listener: StreamTapListener): () => void {
  const original = api.handle;
  api.handle = (request) => {
    const pending = original.call(api, request);
    if (request.method !== 'POST' || !tappedPath.test(request.path)) return pending;
    const requestId = lastRequestId();
    return pending.then((response) => (response.messages ? { ...response, messages: tee(response.messages, requestId, listener) } : response));
  };
  return () => {
    api.handle = original;
  };
}
