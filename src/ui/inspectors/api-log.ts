/**
 * The API log: every Engine API request and response, newest last, as pretty JSON.
 * The app hands over its log as `unknown[]`; entries may be the trace recorder's
 * exchanges (`{ requestId, method, path, query, request, status?, response? }`, status
 * missing while pending), the engine's `api.request` / `api.response` events, or trace
 * steps carrying `api`, and are described as far as their shape allows. Binary bodies (build
 * contexts) are summarised, never dumped.
 */

export interface ApiLogEntry {
  key: string;
  direction: 'request' | 'response' | 'exchange' | 'other';
  /** The engine's request ID when the entry has one (pairs a request with its response). */
  requestId?: number;
  method?: string;
  path?: string;
  status?: number;
  /** One line: `→ GET /v1.50/images/json`, `← 404 GET /v1.50/images/nope/json`. */
  title: string;
  json: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const maxJson = 20_000;

/** JSON for people: 2-space indent, bytes summarised, cycles and functions cut, long output capped. */
export function prettyJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Uint8Array) return `<${v.length} bytes>`;
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'function' || typeof v === 'symbol') return undefined;
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '<circular>';
        seen.add(v);
        if (Symbol.asyncIterator in v) return '<stream>';
      }
      return v;
    },
    2,
  );
  if (text === undefined) return String(value);
  return text.length > maxJson ? `${text.slice(0, maxJson)}\n… (${text.length - maxJson} more characters)` : text;
}

function withQuery(path: string, query: unknown): string {
  if (!isObj(query)) return path;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(one))}`);
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}

/** Describe each entry of the app's log; responses name their request when it is in the log. */
export function apiLogEntries(log: readonly unknown[]): ApiLogEntry[] {
  const requests = new Map<number, { method: string; path: string }>();
  return log.map((item, index): ApiLogEntry => {
    const json = prettyJson(item);
    const key = `${index}`;
    if (!isObj(item)) return { key, direction: 'other', title: String(item), json };
    const requestId = num(item.requestId);
    if (item.kind === 'api.request' || (str(item.method) && str(item.path) && item.status === undefined && !isObj(item.api))) {
      const method = str(item.method) ?? '?';
      const path = withQuery(str(item.path) ?? '?', item.query);
      if (requestId !== undefined) requests.set(requestId, { method, path });
      return { key, direction: 'request', requestId, method, path, title: `→ ${method} ${path}`, json };
    }
    if (item.kind === 'api.response') {
      const status = num(item.status);
      const req = requestId === undefined ? undefined : requests.get(requestId);
      return { key, direction: 'response', requestId, status, method: req?.method, path: req?.path, title: `← ${status ?? '?'}${req ? ` ${req.method} ${req.path}` : ''}`, json };
    }
    const api = isObj(item.api) ? item.api : item;
    const method = str(api.method);
    const path = str(api.path) === undefined ? undefined : withQuery(str(api.path)!, api.query);
    if (method && path) {
      const status = num(api.status);
      return { key, direction: 'exchange', requestId, method, path, status, title: `⇄ ${method} ${path}${status !== undefined ? ` → ${status}` : ''}`, json };
    }
    return { key, direction: 'other', requestId, title: str(item.kind) ?? str(item.sentence) ?? 'entry', json };
  });
}

export interface ApiLogFilter {
  /** Case-insensitive text anywhere in the title or JSON. */
  text: string;
  /** Request IDs to leave out (the inspectors' own reads). */
  hide?: { has(requestId: number): boolean };
}

export function filterApiLog(entries: readonly ApiLogEntry[], filter: ApiLogFilter): ApiLogEntry[] {
  const needle = filter.text.trim().toLowerCase();
  return entries.filter(
    (e) =>
      !(e.requestId !== undefined && filter.hide?.has(e.requestId)) &&
      (needle === '' || e.title.toLowerCase().includes(needle) || e.json.toLowerCase().includes(needle)),
  );
}
