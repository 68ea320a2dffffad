/**
 * Every Engine API request and its response, with bodies, for the UI's API log. Bodies are
 * truncated sensibly (long strings cut, long arrays shortened, deep objects elided) and the
 * log keeps the most recent `limit` exchanges.
 */
import type { EngineEvent } from '../../engine/events/types.ts';

export interface ApiExchange {
  requestId: number;
  commandId: number;
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  request?: unknown;
  status?: number;
  response?: unknown;
  at: number;
  respondedAt?: number;
}

/** A copy of `value` small enough to show: strings ≤ 300 chars, arrays ≤ 20 items, depth ≤ 6. */
export function truncateBody(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}… (${value.length} characters)` : value;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return `(${value.length} bytes)`;
  if (depth >= 6) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 20).map((v) => truncateBody(v, depth + 1));
    return value.length > 20 ? [...items, `… ${value.length - 20} more`] : items;
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, truncateBody(v, depth + 1)]));
}

export class ApiLog {
  readonly entries: ApiExchange[] = [];
  private readonly byId = new Map<number, ApiExchange>();

  constructor(private readonly limit = 1000) {}

  add(event: EngineEvent, commandId: number): ApiExchange | undefined {
    if (event.kind === 'api.request') {
      const entry: ApiExchange = { requestId: event.requestId, commandId, method: event.method, path: event.path, query: event.query, request: truncateBody(event.body), at: event.at };
      this.entries.push(entry);
      this.byId.set(event.requestId, entry);
      if (this.entries.length > this.limit) this.byId.delete(this.entries.shift()!.requestId);
      return entry;
    }
    if (event.kind === 'api.response') {
      const entry = this.byId.get(event.requestId);
      if (!entry) return undefined;
      Object.assign(entry, { status: event.status, response: truncateBody(event.body), respondedAt: event.at });
      return entry;
    }
    return undefined;
  }
}
