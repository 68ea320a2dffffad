/**
 * Lets the recorder read the build stream the daemon sends the CLI, without consuming it:
 * the session's API handler is wrapped so that a `POST /build` response's message stream is
 * teed — each message goes to the recorder as the CLI reads it. Only the response object
 * the CLI receives changes; the engine is untouched. `untap()` restores the handler.
 * (Once the builder emits `build.step` events, this tap can go.)
 */
import type { ApiHandler, JsonMessage } from '../../engine/api/types.ts';

export interface StreamTapListener {
  message(requestId: number, message: JsonMessage): void;
  end(requestId: number): void;
}

async function* tee(source: AsyncIterable<JsonMessage>, requestId: number, listener: StreamTapListener): AsyncGenerator<JsonMessage> {
  try {
    for await (const message of source) {
      listener.message(requestId, message);
      yield message;
    }
  } finally {
    listener.end(requestId);
  }
}

/**
 * @param lastRequestId the id of the api.request event the handler just emitted (it is
 * emitted synchronously when `handle` is called)
 */
export function tapBuildStreams(api: ApiHandler, lastRequestId: () => number, listener: StreamTapListener): () => void {
  const original = api.handle;
  api.handle = (request) => {
    const pending = original.call(api, request);
    if (request.method !== 'POST' || !/^(\/v[\d.]+)?\/build$/.test(request.path)) return pending;
    const requestId = lastRequestId();
    return pending.then((response) => (response.messages ? { ...response, messages: tee(response.messages, requestId, listener) } : response));
  };
  return () => {
    api.handle = original;
  };
}
