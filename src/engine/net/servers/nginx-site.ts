/**
 * nginx serving HTTP as the official image configures it: the `server` blocks of
 * /etc/nginx/conf.d/*.conf give the port, the document root and the index files;
 * files go out with nginx's headers (ETag from mtime and size, Last-Modified), a
 * directory without its slash gets a 301 naming the container's port (the classic
 * surprise behind a published port), and errors are nginx's own small pages.
 * Every request is logged in the `main` format on the access log (stdout).
 */
import type { FileSystem } from '../../fs/types.ts';
import type { ProcessContext } from '../../process/types.ts';
import { nginxAccessLine } from '../access-log.ts';
import { header, httpDate, makeResponse, type HttpHandler, type HttpResponse } from '../http.ts';
import { extensionOf, lookup, parseMimeTypes } from '../static-site.ts';
import { listenAll, logTo } from './listen.ts';
import type { Listening } from '../fabric.ts';

export interface NginxServer {
  port: number;
  root: string;
  index: string[];
}

/** The servers of conf.d (the image's default.conf: port 80, /usr/share/nginx/html). */
export function nginxServers(fs: FileSystem): NginxServer[] {
  const servers: NginxServer[] = [];
  let files: string[];
  try {
    files = fs.readdir('/etc/nginx/conf.d').filter((n) => n.endsWith('.conf')).sort();
  } catch {
    files = [];
  }
  for (const file of files) {
    const text = fs.readText(`/etc/nginx/conf.d/${file}`).replace(/#.*/g, '');
    for (const block of text.split(/\bserver\s*\{/).slice(1)) {
      const listen = /\blisten\s+(?:[\d.]+:)?(\d+)/.exec(block);
      const root = /\broot\s+([^;\s]+)\s*;/.exec(block);
      const index = /\bindex\s+([^;]+);/.exec(block);
      servers.push({ port: listen ? Number(listen[1]) : 80, root: root?.[1] ?? '/etc/nginx/html', index: index ? index[1].trim().split(/\s+/) : ['index.html'] });
    }
  }
  return servers;
}

/** nginx's built-in error page (CRLF lines, as ngx_http_special_response.c has them). */
function errorPage(status: number, text: string, version: string): string {
  const title = `${status} ${text}`;
  return [`<html>`, `<head><title>${title}</title></head>`, `<body>`, `<center><h1>${title}</h1></center>`, `<hr><center>nginx/${version}</center>`, `</body>`, `</html>`, ''].join('\r\n');
}

export interface NginxSiteOptions {
  fs: FileSystem;
  server: NginxServer;
  version: string;
  now: () => number;
  log: (line: string) => void;
}

export function nginxSite(options: NginxSiteOptions): HttpHandler {
  const { fs, server, version, now } = options;
  let mime: Map<string, string> | undefined;
  const typeOf = (path: string): string => {
    if (!mime) {
      try {
        mime = parseMimeTypes(fs.readText('/etc/nginx/mime.types'));
      } catch {
        mime = new Map([['html', 'text/html']]);
      }
    }
    return mime.get(extensionOf(path)) ?? 'application/octet-stream';
  };
  const base = (): Record<string, string> => ({ Server: `nginx/${version}`, Date: httpDate(now()) });
  const error = (status: number, text: string, extra: Record<string, string> = {}): HttpResponse => {
    const response = makeResponse(status, { ...base(), 'Content-Type': 'text/html' }, errorPage(status, text, version));
    response.statusText = text;
    response.headers = { ...response.headers, ...extra, Connection: 'keep-alive' };
    return response;
  };
  const respond = (method: string, target: string, host: string): HttpResponse => {
    if (method !== 'GET' && method !== 'HEAD') return error(405, 'Not Allowed');
    const found = lookup(fs, server.root, target, server.index);
    if (found.kind === 'missing') return error(404, 'Not Found');
    if (found.kind === 'forbidden') return error(403, 'Forbidden');
    if (found.kind === 'add-slash') {
      const port = server.port === 80 ? '' : `:${server.port}`;
      return error(301, 'Moved Permanently', { Location: `http://${host.replace(/:\d+$/, '')}${port}${found.path}` });
    }
    const etag = `"${Math.floor(found.mtime / 1000).toString(16)}-${found.bytes.length.toString(16)}"`;
    const response = makeResponse(200, { ...base(), 'Content-Type': typeOf(found.path) }, found.bytes);
    response.headers = { ...response.headers, 'Last-Modified': httpDate(found.mtime), Connection: 'keep-alive', ETag: etag, 'Accept-Ranges': 'bytes' };
    return response;
  };
  return (req, peer) => {
    const response = respond(req.method, req.path, header(req.headers, 'Host') ?? 'localhost');
    options.log(nginxAccessLine(peer, req, response, now()));
    return Promise.resolve(req.method === 'HEAD' ? { ...response, body: new Uint8Array(0) } : response);
  };
}

/**
 * Open nginx's ports for the servers of conf.d, access log on stdout (the image links
 * access.log there). On a taken port: nginx's `[emerg] bind() … failed` lines and undefined.
 */
export function nginxListen(ctx: ProcessContext, version: string, stamp: () => string): Listening[] | undefined {
  const log = logTo(ctx.stdout);
  const now = (): number => ctx.clock.now();
  const bindings = nginxServers(ctx.fs).map((server) => ({ port: server.port, handler: nginxSite({ fs: ctx.fs, server, version, now, log }) }));
  const result = listenAll(ctx, bindings);
  if (result.ok) return result.listening;
  const message = `bind() to 0.0.0.0:${result.port} failed (98: Address already in use)`;
  ctx.stderr.write(`${stamp()} [emerg] ${ctx.pid}#${ctx.pid}: ${message}\nnginx: [emerg] ${message}\n`);
  ctx.stderr.write(`${stamp()} [emerg] ${ctx.pid}#${ctx.pid}: still could not bind()\nnginx: [emerg] still could not bind()\n`);
  return undefined;
}
