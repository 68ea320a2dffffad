/**
 * What every route file needs to declare its endpoints: a route from a method and a
 * path pattern (regexp source; captures become params), the JSON body as an object
 * (Docker's `invalid JSON body` otherwise), and the `filters` query parameter parsed.
 */
import { invalidParameter } from '../../errdefs.ts';
import type { Filters } from '../../daemon/containers/manage.ts';
import type { Route } from '../router.ts';

/** A route matching the whole path (`^path$`). */
export function route(method: Route['method'], path: string, handle: Route['handle']): Route {
  return { method, pattern: new RegExp(`^${path}$`), handle };
}

export function jsonBody<T>(value: unknown): T {
  if (value === undefined || value === null) return {} as T;
  if (typeof value !== 'object' || value instanceof Uint8Array) throw invalidParameter('invalid JSON body');
  return value as T;
}

/** `filters={"status":{"exited":true}}` (or the legacy list form); anything else is Docker's `invalid filter`. */
export function parseFilters(text: string | undefined): Filters {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Filters;
  } catch {
    // fall through to Docker's message
  }
  throw invalidParameter(`invalid filter: ${text}`);
}
