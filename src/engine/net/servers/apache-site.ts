/**
 * Apache httpd serving HTTP as the official image configures it: DocumentRoot
 * /usr/local/apache2/htdocs, DirectoryIndex index.html, Apache's headers and its
 * error pages, and one `common`-format access log line per request on stdout (the
 * image's `CustomLog /proc/self/fd/1 common`).
 */
import type { FileSystem } from '../../fs/types.ts';
import type { ProcessContext } from '../../process/types.ts';
import type { Listening } from '../fabric.ts';
import { listenAll, logTo } from './listen.ts';
import { apacheAccessLine } from '../access-log.ts';
import { header, httpDate, makeResponse, type HttpHandler, type HttpResponse } from '../http.ts';
import { extensionOf, lookup } from '../static-site.ts';

export interface ApacheSiteOptions {
  fs: FileSystem;
  /** The httpd.conf `DocumentRoot`. */
  root: string;
  port: number;
  version: string;
  now: () => number;
  log: (line: string) => void;
}

const types: Record<string, string> = { html: 'text/html', htm: 'text/html', css: 'text/css', js: 'text/javascript', json: 'application/json', txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml' };

function errorPage(title: string, heading: string, paragraph: string): string {
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${title}</title>\n</head><body>\n<h1>${heading}</h1>\n<p>${paragraph}</p>\n</body></html>\n`;
}

/** The DocumentRoot of an httpd.conf, or the image's default. */
export function documentRoot(conf: string | undefined): string {
  const match = /^\s*DocumentRoot\s+"?([^"\s]+)"?/m.exec(conf ?? '');
  return match?.[1] ?? '/usr/local/apache2/htdocs';
}

export function apacheSite(options: ApacheSiteOptions): HttpHandler {
  const { fs, root, version, now } = options;
  const base = (): Record<string, string> => ({ Date: httpDate(now()), Server: `Apache/${version} (Unix)` });
  const error = (status: number, title: string, heading: string, paragraph: string, extra: Record<string, string> = {}): HttpResponse => {
    const page = errorPage(title, heading, paragraph);
    const response = makeResponse(status, { ...base(), ...extra }, page);
    response.headers['Content-Type'] = 'text/html; charset=iso-8859-1';
    return response;
  };
  const respond = (target: string, host: string): HttpResponse => {
    const found = lookup(fs, root, target, ['index.html']);
    if (found.kind === 'missing') return error(404, '404 Not Found', 'Not Found', 'The requested URL was not found on this server.');
    if (found.kind === 'forbidden') return error(403, '403 Forbidden', 'Forbidden', "You don't have permission to access this resource.");
    if (found.kind === 'add-slash') {
      const location = `http://${host}${found.path}`;
      return error(301, '301 Moved Permanently', 'Moved Permanently', `The document has moved <a href="${location}">here</a>.`, { Location: location });
    }
    const etag = `"${found.bytes.length.toString(16)}-${(found.mtime * 1000).toString(16)}"`;
    const response = makeResponse(200, { ...base(), 'Last-Modified': httpDate(found.mtime), ETag: etag, 'Accept-Ranges': 'bytes' }, found.bytes);
    response.headers['Content-Type'] = types[extensionOf(found.path)] ?? 'text/plain';
    return response;
  };
  return (req, peer) => {
    const response = respond(req.path, header(req.headers, 'Host') ?? 'localhost');
    options.log(apacheAccessLine(peer, req, response, now()));
    return Promise.resolve(req.method === 'HEAD' ? { ...response, body: new Uint8Array(0) } : response);
  };
}

/**
 * Open httpd's `Listen` port (80 by default) serving its DocumentRoot, from the
 * httpd.conf at `confPath`. On a taken port: Apache's AH00072 lines and undefined.
 */
export function apacheListen(ctx: ProcessContext, version: string, confPath: string): Listening[] | undefined {
  let conf: string | undefined;
  try {
    conf = ctx.fs.readText(confPath);
  } catch {
    conf = undefined;
  }
  const port = Number(/^\s*Listen\s+(?:[\d.]+:)?(\d+)/m.exec(conf ?? '')?.[1] ?? 80);
  const handler = apacheSite({ fs: ctx.fs, root: documentRoot(conf), port, version, now: () => ctx.clock.now(), log: logTo(ctx.stdout) });
  const result = listenAll(ctx, [{ port, handler }]);
  if (result.ok) return result.listening;
  ctx.stderr.write(`(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:${port}\nno listening sockets available, shutting down\nAH00015: Unable to open logs\n`);
  return undefined;
}
