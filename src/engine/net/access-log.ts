/**
 * Access log lines as web servers write them, in the Common Log Format family:
 * nginx's `main` format (combined plus X-Forwarded-For) and Apache's `common`, with
 * the `[30/Nov/2026:10:04:05 +0000]` timestamp both use (containers log in UTC).
 */
import { header, type HttpRequest, type HttpResponse, type Peer } from './http.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** `30/Nov/2026:10:04:05 +0000`. */
export function clfTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

function requestLine(req: HttpRequest): string {
  return `${req.method} ${req.path} HTTP/1.1`;
}

/** Bytes of body actually sent (none for HEAD). */
function sent(req: HttpRequest, res: HttpResponse): number {
  return req.method === 'HEAD' ? 0 : res.body.length;
}

/** nginx `main`: `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" "$http_x_forwarded_for"`. */
export function nginxAccessLine(peer: Peer, req: HttpRequest, res: HttpResponse, ms: number): string {
  const quoted = (name: string): string => `"${header(req.headers, name) ?? '-'}"`;
  return `${peer.ip} - - [${clfTime(ms)}] "${requestLine(req)}" ${res.status} ${sent(req, res)} ${quoted('Referer')} ${quoted('User-Agent')} ${quoted('X-Forwarded-For')}`;
}

/** Apache `common`: `%h %l %u %t "%r" %>s %b` (`-` for no body). */
export function apacheAccessLine(peer: Peer, req: HttpRequest, res: HttpResponse, ms: number): string {
  const bytes = sent(req, res);
  return `${peer.ip} - - [${clfTime(ms)}] "${requestLine(req)}" ${res.status} ${bytes === 0 ? '-' : bytes}`;
}

/** distribution's access log (gorilla handlers' combined format, empty fields quoted empty). */
export function registryAccessLine(peer: Peer, req: HttpRequest, res: HttpResponse, ms: number): string {
  const quoted = (name: string): string => `"${header(req.headers, name) ?? ''}"`;
  return `${peer.ip} - - [${clfTime(ms)}] "${requestLine(req)}" ${res.status} ${sent(req, res)} ${quoted('Referer')} ${quoted('User-Agent')}`;
}
