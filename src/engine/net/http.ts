/**
 * HTTP as the simulated network carries it: a request and a response as values (no
 * wire bytes, no chunking), and the handler a listening program installs. Header
 * names keep the case the sender wrote, as curl shows them; lookups ignore case.
 */

export interface HttpRequest {
  method: string;
  /** The request target: path and query, as sent (`/v2/_catalog?n=10`). */
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Who is calling: the address the server sees (what access logs print first). */
export interface Peer {
  ip: string;
}

export type HttpHandler = (req: HttpRequest, peer: Peer) => Promise<HttpResponse>;

/** Reason phrases as nginx and Apache send them. */
export const statusTexts: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const encoder = new TextEncoder();

export function bytesOf(body: string | Uint8Array | undefined): Uint8Array {
  if (body === undefined) return new Uint8Array(0);
  return typeof body === 'string' ? encoder.encode(body) : body;
}

/** A response with Content-Length filled in from the body. */
export function makeResponse(status: number, headers: Record<string, string>, body: string | Uint8Array = ''): HttpResponse {
  const bytes = bytesOf(body);
  return { status, statusText: statusTexts[status] ?? '', headers: { ...headers, 'Content-Length': String(bytes.length) }, body: bytes };
}

/** The value of a header, whatever the case of its name. */
export function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** `HTTP/1.1 200 OK` and the header lines, CRLF-terminated, ending with the blank line. */
export function formatHead(response: HttpResponse): string {
  const lines = [`HTTP/1.1 ${response.status} ${response.statusText}`.trimEnd(), ...Object.entries(response.headers).map(([k, v]) => `${k}: ${v}`)];
  return lines.map((l) => `${l}\r\n`).join('') + '\r\n';
}

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** RFC 7231 IMF-fixdate (`Mon, 30 Nov 2026 10:04:05 GMT`) for Date and Last-Modified. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  return `${days[d.getUTCDay()]}, ${two(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}
