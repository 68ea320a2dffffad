/**
 * `curl` (8.5, as Ubuntu 24.04 ships it) over the simulated network: GET by default,
 * `-X`/`-d`/`-H` to shape the request, `-i`/`-I` for the response head, `-v` for a
 * short trace on stderr, `-o`/`-O` to save, `-L` to follow redirects, `-f` to fail on
 * HTTP errors. Errors are curl's own lines and exit codes: 6 cannot resolve, 7 refused,
 * 22 HTTP error with -f, 28 timeout, 56 reset. No TLS and no progress meter.
 */
import { resolve } from '../../fs/path.ts';
import { isNetError } from '../../net/errors.ts';
import type { Connection } from '../../net/fabric.ts';
import { formatHead, header, type HttpRequest, type HttpResponse } from '../../net/http.ts';
import { parseUrl, resolveLocation } from '../../net/url.ts';
import type { ProcessContext, Program } from '../../process/types.ts';
import { parseCurlArgs, type CurlOptions } from './curl-args.ts';

export const curlVersion = '8.5.0';
const tryHelp = "curl: try 'curl --help' or 'curl --manual' for more information\n";
const encoder = new TextEncoder();

class CurlFailure {
  constructor(
    readonly code: number,
    readonly message: string,
  ) {}
}

function buildRequest(o: CurlOptions, url: { path: string; authority: string }, method: string): HttpRequest {
  const body = o.data.join('&');
  const headers: Record<string, string> = { Host: url.authority, 'User-Agent': o.userAgent ?? `curl/${curlVersion}`, Accept: '*/*' };
  if (o.data.length > 0) {
    headers['Content-Length'] = String(encoder.encode(body).length);
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  for (const line of o.headers) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
    if (value !== '') headers[name] = value;
  }
  return { method, path: url.path, headers, body: encoder.encode(body) };
}

async function connect(ctx: ProcessContext, host: string, port: number, trace: (line: string) => void): Promise<Connection> {
  const net = ctx.net;
  if (!net?.connect) throw new CurlFailure(6, `Could not resolve host: ${host}`);
  try {
    const connection = await net.connect(host, port);
    trace(`*   Trying ${connection.ip}:${port}...`);
    trace(`* Connected to ${host} (${connection.ip}) port ${port}`);
    return connection;
  } catch (error) {
    if (!isNetError(error)) throw error;
    if (error.code === 'ENOTFOUND') throw new CurlFailure(6, `Could not resolve host: ${host}`);
    trace(`*   Trying ${error.ip ?? host}:${port}...`);
    trace(`* connect to ${error.ip ?? host} port ${port} failed: ${error.message}`);
    const failed = `Failed to connect to ${host} port ${port} after ${error.elapsedMs} ms: Couldn't connect to server`;
    throw new CurlFailure(error.code === 'ETIMEDOUT' ? 28 : 7, failed);
  }
}

/** `-w`: the variables learners use (`%{http_code}`, `%{size_download}`, `%{content_type}`, `%{url_effective}`) and `\n`. */
function writeOut(format: string, response: HttpResponse, url: string): string {
  const vars: Record<string, string> = { http_code: String(response.status), response_code: String(response.status), size_download: String(response.body.length), content_type: header(response.headers, 'Content-Type') ?? '', url_effective: url };
  return format.replace(/%\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole).replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

/** One URL, following redirects with -L; resolves to the response whose body is the output. */
async function transfer(ctx: ProcessContext, o: CurlOptions, url: string, out: (data: string | Uint8Array) => void): Promise<HttpResponse> {
  const trace = (line: string): void => (o.verbose ? ctx.stderr.write(`${line}\n`) : undefined);
  let target = url;
  let method = o.method ?? (o.head ? 'HEAD' : o.data.length > 0 ? 'POST' : 'GET');
  for (let hops = 0; ; hops++) {
    const parsed = parseUrl(target);
    if (!parsed) throw new CurlFailure(3, 'URL rejected: Malformed input to a URL function');
    if (parsed.scheme !== 'http' && parsed.scheme !== 'https') throw new CurlFailure(1, `Protocol "${parsed.scheme}" not supported`);
    const connection = await connect(ctx, parsed.host, parsed.port, trace);
    if (parsed.scheme === 'https') throw new CurlFailure(35, 'OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number');
    const request = buildRequest(o, parsed, method);
    trace(`> ${request.method} ${request.path} HTTP/1.1`);
    for (const [k, v] of Object.entries(request.headers)) trace(`> ${k}: ${v}`);
    trace('> ');
    let response: HttpResponse;
    try {
      response = await connection.send(request);
    } catch (error) {
      if (isNetError(error)) throw new CurlFailure(56, `Recv failure: ${error.message}`);
      throw error;
    }
    for (const line of formatHead(response).split('\r\n').slice(0, -1)) trace(`< ${line}`);
    if (o.fail && response.status >= 400) throw new CurlFailure(22, `The requested URL returned error: ${response.status}`);
    if (o.include || o.head) out(formatHead(response));
    const location = header(response.headers, 'Location');
    if (o.location && location && response.status >= 300 && response.status < 400) {
      if (hops >= 50) throw new CurlFailure(47, 'Maximum (50) redirects followed');
      trace(`* Issue another request to this URL: '${resolveLocation(parsed, location)}'`);
      target = resolveLocation(parsed, location);
      if (response.status <= 303 && method === 'POST' && !o.method) method = 'GET';
      continue;
    }
    if (method !== 'HEAD') out(response.body);
    trace(`* Connection #0 to host ${parsed.host} left intact`);
    return response;
  }
}

function outputFor(ctx: ProcessContext, o: CurlOptions, url: string): { write: (data: string | Uint8Array) => void; close: () => void } {
  const name = o.remoteName ? (parseUrl(url)?.path.replace(/[?#].*$/, '').split('/').pop() ?? '') : o.output;
  if (name === undefined || name === '-' || name === '/dev/stdout') return { write: (data) => ctx.stdout.write(data), close: () => undefined };
  if (name === '/dev/null') return { write: () => undefined, close: () => undefined };
  if (name === '') throw new CurlFailure(23, 'Remote file name has no length!');
  const chunks: Uint8Array[] = [];
  return {
    write: (data) => chunks.push(typeof data === 'string' ? encoder.encode(data) : data),
    close: () => {
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
      try {
        ctx.fs.writeFile(resolve(ctx.cwd, name), bytes);
      } catch {
        throw new CurlFailure(23, `Failure writing output to destination, passed ${bytes.length} returned 0`);
      }
    },
  };
}

export const curl: Program = async (ctx) => {
  const o = parseCurlArgs(ctx.argv.slice(1));
  if ('error' in o) {
    ctx.stderr.write(`curl: ${o.error}\n${tryHelp}`);
    return 2;
  }
  if (o.urls.length === 0) {
    ctx.stderr.write(`curl: no URL specified!\n${tryHelp}`);
    return 2;
  }
  let status = 0;
  for (const url of o.urls) {
    try {
      const output = outputFor(ctx, o, url);
      const response = await transfer(ctx, o, url, output.write);
      output.close();
      if (o.writeOut !== undefined) ctx.stdout.write(writeOut(o.writeOut, response, url));
      status = 0;
    } catch (error) {
      if (!(error instanceof CurlFailure)) throw error;
      if (o.verbose) ctx.stderr.write(`* ${error.message}\n* Closing connection\n`);
      if (!o.silent || o.showError) ctx.stderr.write(`curl: (${error.code}) ${error.message}\n`);
      status = error.code;
    }
  }
  return status;
};
