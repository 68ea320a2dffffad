/**
 * The engine's one boundary: requests and responses shaped like the Docker Engine API
 * (HTTP method, versioned path, query, JSON body). The in-browser client and the HTTP
 * server for the real `docker` CLI both go through this and nothing else.
 */

export interface ApiRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  /** `/v1.50/containers/json` or the unversioned `/containers/json`; no query string. */
  path: string;
  /** Decoded query parameters; a repeated key (`t=a&t=b`) gives an array. */
  query?: Record<string, string | string[]>;
  /** Header names in lower case (`x-registry-auth`). */
  headers?: Record<string, string>;
  /** Parsed JSON for application/json bodies; raw bytes for tar bodies (`/build`). */
  body?: unknown;
}

/** One object of a JSON-message stream (pull, push, build, events): jsonmessage.JSONMessage. */
export interface JsonMessage {
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  stream?: string;
  aux?: unknown;
  error?: string;
  errorDetail?: { code?: number; message: string };
  [key: string]: unknown;
}

/** One frame of the multiplexed stdout/stderr stream (logs, attach, exec). */
export interface StreamFrame {
  stream: 1 | 2;
  data: Uint8Array;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON value (or text for `/_ping`), sent at once. */
  body?: unknown;
  /**
   * A JSON body that becomes available later (`POST /containers/{id}/wait`): the status
   * and headers go out at once, the body when the condition is met.
   */
  later?: Promise<unknown>;
  /** application/json message stream. */
  messages?: AsyncIterable<JsonMessage>;
  /** Multiplexed (or, for Tty containers, raw stdout-only) output stream. */
  frames?: AsyncIterable<StreamFrame>;
}

/** What a client needs from a daemon. The consumer (src/sim) owns its copy of this shape. */
export interface ApiHandler {
  handle(request: ApiRequest): Promise<ApiResponse>;
}
