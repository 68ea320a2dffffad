import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../src/engine/net/http.ts';
import { apacheSite, documentRoot } from '../../../src/engine/net/servers/apache-site.ts';
import { nginxServers, nginxSite } from '../../../src/engine/net/servers/nginx-site.ts';
import { registryApi } from '../../../src/engine/net/servers/registry-api.ts';
import { Registry } from '../../../src/engine/registry/registry.ts';
import { httpdLatest } from '../../../src/engine/registry/hub/httpd.ts';
import { nginxLatest } from '../../../src/engine/registry/hub/nginx.ts';
import { imageFs } from '../hub/image-tree.ts';

const now = () => Date.UTC(2026, 10, 30, 10, 4, 5);
const req = (path: string, method = 'GET'): HttpRequest => ({ method, path, headers: { Host: 'localhost:8080', 'User-Agent': 'curl/8.5.0' }, body: new Uint8Array(0) });
const text = (body: Uint8Array) => new TextDecoder().decode(body);
const peer = { ip: '172.17.0.1' };

function nginx() {
  const fs = imageFs(nginxLatest);
  const log: string[] = [];
  const [server] = nginxServers(fs);
  return { fs, log, server, handler: nginxSite({ fs, server, version: '1.27.3', now, log: (l) => log.push(l) }) };
}

describe('nginx serving', () => {
  it("reads the image's default.conf: port 80, root /usr/share/nginx/html, index.html", () => {
    expect(nginx().server).toEqual({ port: 80, root: '/usr/share/nginx/html', index: ['index.html', 'index.htm'] });
  });

  it('answers / with the 615-byte welcome page and nginx’s headers, and logs the request in the main format', async () => {
    const n = nginx();
    const res = await n.handler(req('/'), peer);
    expect(res.status).toBe(200);
    expect(text(res.body)).toContain('<title>Welcome to nginx!</title>');
    expect(Object.keys(res.headers)).toEqual(['Server', 'Date', 'Content-Type', 'Content-Length', 'Last-Modified', 'Connection', 'ETag', 'Accept-Ranges']);
    expect(res.headers).toMatchObject({ Server: 'nginx/1.27.3', Date: 'Mon, 30 Nov 2026 10:04:05 GMT', 'Content-Type': 'text/html', 'Content-Length': '615' });
    expect(n.log).toEqual(['172.17.0.1 - - [30/Nov/2026:10:04:05 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"']);
  });

  it('answers a missing file with nginx’s own 404 page', async () => {
    const res = await nginx().handler(req('/nope'), peer);
    expect(res.status).toBe(404);
    expect(text(res.body)).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n');
    expect(res.headers['Content-Length']).toBe('153');
  });

  it('serves new files under the root with their MIME type, and HEAD logs 0 bytes sent', async () => {
    const n = nginx();
    n.fs.writeFile('/usr/share/nginx/html/app.css', 'body{}');
    const res = await n.handler(req('/app.css', 'HEAD'), peer);
    expect(res.headers['Content-Type']).toBe('text/css');
    expect(res.body.length).toBe(0);
    expect(n.log[0]).toContain('"HEAD /app.css HTTP/1.1" 200 0 ');
  });

  it('redirects a directory without its slash to the container’s own port, as nginx does behind -p', async () => {
    const n = nginx();
    n.fs.mkdir('/usr/share/nginx/html/docs');
    const res = await n.handler(req('/docs'), peer);
    expect(res.status).toBe(301);
    expect(res.headers.Location).toBe('http://localhost/docs/');
    expect((await n.handler(req('/docs/'), peer)).status).toBe(403);
    expect((await n.handler(req('/', 'POST'), peer)).statusText).toBe('Not Allowed');
  });
});

describe('httpd serving', () => {
  it('answers / with "It works!" and logs in the common format', async () => {
    const fs = imageFs(httpdLatest);
    const log: string[] = [];
    const root = documentRoot(undefined);
    const handler = apacheSite({ fs, root, port: 80, version: '2.4.62', now, log: (l) => log.push(l) });
    const res = await handler(req('/'), peer);
    expect(text(res.body)).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(res.headers.Server).toBe('Apache/2.4.62 (Unix)');
    const missing = await handler(req('/nope'), peer);
    expect(missing.status).toBe(404);
    expect(text(missing.body)).toContain('<p>The requested URL was not found on this server.</p>');
    expect(log).toEqual(['172.17.0.1 - - [30/Nov/2026:10:04:05 +0000] "GET / HTTP/1.1" 200 45', '172.17.0.1 - - [30/Nov/2026:10:04:05 +0000] "GET /nope HTTP/1.1" 404 196']);
  });
});

describe('registry serving', () => {
  it('answers /v2/ with {} and the catalog and tags of what was pushed', async () => {
    const registry = new Registry('localhost:5000', { anonymousPush: true });
    const manifest = new TextEncoder().encode(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.v2+json', config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 2, digest: registry.putBlob('myapp', new TextEncoder().encode('{}')) }, layers: [] }));
    registry.putManifest('myapp', 'v1', manifest);
    const log: string[] = [];
    const handler = registryApi({ registry: () => registry, now, log: (l) => log.push(l) });
    const ping = await handler(req('/v2/'), peer);
    expect([ping.status, text(ping.body), ping.headers['Docker-Distribution-Api-Version']]).toEqual([200, '{}', 'registry/2.0']);
    expect(text((await handler(req('/v2/_catalog'), peer)).body)).toBe('{"repositories":["myapp"]}\n');
    expect(text((await handler(req('/v2/myapp/tags/list'), peer)).body)).toBe('{"name":"myapp","tags":["v1"]}\n');
    const unknown = await handler(req('/v2/other/tags/list'), peer);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(text(unknown.body))).toEqual({ errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry', detail: { name: 'other' } }] });
    expect(log[1]).toBe('172.17.0.1 - - [30/Nov/2026:10:04:05 +0000] "GET /v2/_catalog HTTP/1.1" 200 27 "" "curl/8.5.0"');
  });
});
