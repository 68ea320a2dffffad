/**
 * BuildKit's progress model (client/graph.go SolveStatus) as JSON: vertexes (one per
 * build operation, with its digest, name, start/completion times, cached flag and
 * error), statuses (named sub-progress of a vertex: transfers, layer pulls, export
 * steps) and logs (a vertex's process output). Times are RFC 3339 strings from the
 * daemon's virtual clock; log data is UTF-8 text rather than Go's base64 bytes.
 *
 * Real BuildKit streams these over gRPC on a hijacked `/session` connection, which a
 * browser cannot open; Dockyard sends each SolveStatus as a JSON message of its own
 * `POST /build?version=2` stream, in the shape moby uses for its build trace:
 * `{ id: 'moby.buildkit.trace', aux: { vertexes, statuses, logs } }`.
 */
import type { JsonMessage } from '../../api/types.ts';

export interface Vertex {
  digest: string;
  inputs?: string[];
  name: string;
  started?: string;
  completed?: string;
  cached?: boolean;
  error?: string;
}

export interface VertexStatus {
  id: string;
  vertex: string;
  name?: string;
  current: number;
  total?: number;
  timestamp: string;
  started?: string;
  completed?: string;
}

export interface VertexLog {
  vertex: string;
  stream: number;
  data: string;
  timestamp: string;
}

export interface SolveStatus {
  vertexes: Vertex[];
  statuses: VertexStatus[];
  logs: VertexLog[];
}

export const TRACE_ID = 'moby.buildkit.trace';
/** The Dockerfile excerpt an error points at (BuildKit's errdefs.Source), for the client to print. */
export const SOURCE_ID = 'moby.buildkit.source';

export interface ErrorSource {
  filename: string;
  data: string;
  /** 1-based inclusive line ranges. */
  ranges: { start: number; end: number }[];
}

export function traceMessage(status: Partial<SolveStatus>): JsonMessage {
  return { id: TRACE_ID, aux: { vertexes: status.vertexes ?? [], statuses: status.statuses ?? [], logs: status.logs ?? [] } };
}

export function isTraceMessage(m: JsonMessage): m is JsonMessage & { aux: SolveStatus } {
  return m.id === TRACE_ID && typeof m.aux === 'object' && m.aux !== null;
}
