/**
 * Live mode's web app: the built site in `dist/` served at `/`, GET and HEAD only, with
 * the right Content-Type, and never a file outside `dist/` (the decoded path is
 * normalised and must stay under the root). A browser navigating to an app route (an
 * extension-less path, `Accept: text/html`) gets index.html; any other path that names
 * no file is not answered here, so it falls through to the Engine API.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` a URL path names, or undefined when it would leave the root. */
export function resolveStatic(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return undefined;
  const relative = normalize(decoded === '/' || decoded.endsWith('/') ? `${decoded}index.html` : decoded).replace(/^[/\\]+/, '');
  const full = join(root, relative);
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : undefined;
}

/** Serves the file if there is one; resolves false when this request is not for a file. */
export async function serveStatic(root: string | undefined, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<boolean> {
  if (!root || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  if (/^\/v\d+\.\d+\//.test(urlPath)) return false;
  let file = resolveStatic(root, urlPath);
  if (!file) return false;
  let info = await stat(file).catch(() => undefined);
  if (!info?.isFile() && extname(urlPath) === '' && (req.headers.accept ?? '').includes('text/html')) {
    file = join(root, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return false;
  res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': info.size, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
  return true;
}
