/**
 * `wget` as BusyBox (1.37) has it, the one in alpine and busybox images:
 * `wget -qO- URL` prints the body, `wget URL` saves it (`index.html` for `/`, never
 * over an existing file), `-O FILE`, `-P DIR`, `-S` for the response head,
 * `--spider`, `--header`, `-U`. It follows redirects. Its messages are BusyBox's:
 * `Connecting to web (172.18.0.2:80)`, `bad address`, `can't connect to remote host`,
 * `server returned error`; every failure exits 1.
 */
import { resolve } from '../../fs/path.ts';
import { isNetError } from '../../net/errors.ts';
import { header, type HttpResponse } from '../../net/http.ts';
import { parseUrl, resolveLocation } from '../../net/url.ts';
import type { ProcessContext, Program } from '../../process/types.ts';

const usage = `BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP
`;

/** strerror() as musl words it. */
const muslErrors: Partial<Record<string, string>> = { ECONNREFUSED: 'Connection refused', ETIMEDOUT: 'Operation timed out' };

interface WgetOptions {
  urls: string[];
  quiet: boolean;
  serverResponse: boolean;
  spider: boolean;
  output?: string;
  prefix?: string;
  userAgent: string;
  headers: Record<string, string>;
  postData?: string;
}

function parse(args: string[]): WgetOptions | undefined {
  const o: WgetOptions = { urls: [], quiet: false, serverResponse: false, spider: false, userAgent: 'Wget', headers: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string | undefined => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i]);
    if (arg === '--spider') o.spider = true;
    else if (arg === '--quiet') o.quiet = true;
    else if (/^--(output-document|header|user-agent|post-data|directory-prefix|timeout|tries)(=|$)/.test(arg)) {
      const v = value();
      if (v === undefined) return undefined;
      if (arg.startsWith('--output-document')) o.output = v;
      else if (arg.startsWith('--header')) {
        const colon = v.indexOf(':');
        if (colon > 0) o.headers[v.slice(0, colon).trim()] = v.slice(colon + 1).trim();
      } else if (arg.startsWith('--user-agent')) o.userAgent = v;
      else if (arg.startsWith('--post-data')) o.postData = v;
      else if (arg.startsWith('--directory-prefix')) o.prefix = v;
    } else if (arg.startsWith('--')) continue;
    else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        if (letter === 'q') o.quiet = true;
        else if (letter === 'S') o.serverResponse = true;
        else if ('OPUTYo'.includes(letter)) {
          const v = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (v === undefined) return undefined;
          if (letter === 'O') o.output = v;
          if (letter === 'P') o.prefix = v;
          if (letter === 'U') o.userAgent = v;
          break;
        } else if (!'cs'.includes(letter)) return undefined;
      }
    } else o.urls.push(arg);
  }
  return o;
}

/** The one progress line BusyBox leaves behind when the transfer is done. */
function progressLine(name: string, size: number): string {
  const shown = size < 100_000 ? String(size) : `${(size / 1024).toFixed(size < 1_024_000 ? 0 : 1)}k`;
  return `${name.padEnd(20).slice(0, 20)} 100% |${'*'.repeat(32)}| ${shown.padStart(5)}  0:00:00 ETA\n`;
}

async function fetchOne(ctx: ProcessContext, o: WgetOptions, url: string): Promise<number> {
  const say = (text: string): void => (o.quiet ? undefined : ctx.stderr.write(text));
  const fail = (message: string): number => (ctx.stderr.write(`wget: ${message}\n`), 1);
  let target = url;
  for (let hops = 0; hops < 20; hops++) {
    const parsed = parseUrl(target);
    if (!parsed || (parsed.scheme !== 'http' && parsed.scheme !== 'https')) return fail(`not an http or ftp url: ${target}`);
    let response: HttpResponse;
    try {
      if (!ctx.net?.connect) return fail(`bad address '${parsed.host}'`);
      const connection = await ctx.net.connect(parsed.host, parsed.port);
      say(`Connecting to ${parsed.host} (${connection.ip}:${parsed.port})\n`);
      if (parsed.scheme === 'https') return fail('TLS error from peer (alert code 70): protocol version');
      const headers = { Host: parsed.authority, 'User-Agent': o.userAgent, ...o.headers, Connection: 'close' };
      const method = o.spider ? 'HEAD' : o.postData !== undefined ? 'POST' : 'GET';
      response = await connection.send({ method, path: parsed.path, headers, body: new TextEncoder().encode(o.postData ?? '') });
    } catch (error) {
      if (!isNetError(error)) throw error;
      if (error.code === 'ENOTFOUND') return fail(`bad address '${parsed.host}'`);
      if (error.code === 'ECONNRESET') return fail('error getting response: Connection reset by peer');
      return fail(`can't connect to remote host (${error.ip ?? parsed.host}): ${muslErrors[error.code] ?? error.message}`);
    }
    if (o.serverResponse) {
      ctx.stderr.write(`  HTTP/1.1 ${response.status} ${response.statusText}\n`);
      for (const [k, v] of Object.entries(response.headers)) ctx.stderr.write(`  ${k}: ${v}\n`);
    }
    const location = header(response.headers, 'Location');
    if (response.status >= 300 && response.status < 400 && location) {
      target = resolveLocation(parsed, location);
      continue;
    }
    if (response.status >= 400) return fail(`server returned error: HTTP/1.1 ${response.status} ${response.statusText}`);
    if (o.spider) return say('remote file exists\n'), 0;
    const name = o.output ?? ((parsed.path.replace(/[?#].*$/, '').split('/').pop() || 'index.html'));
    if (name === '-') {
      say('writing to stdout\n');
      ctx.stdout.write(response.body);
      say(`${progressLine('-', response.body.length)}written to stdout\n`);
      return 0;
    }
    if (name === '/dev/null') return say(`saving to '${name}'\n${progressLine('null', response.body.length)}'${name}' saved\n`), 0;
    const path = resolve(ctx.cwd, o.prefix ? `${o.prefix}/${name}` : name);
    if (o.output === undefined && ctx.fs.exists(path)) return fail(`can't open '${name}': File exists`);
    say(`saving to '${name}'\n`);
    try {
      ctx.fs.writeFile(path, response.body);
    } catch (error) {
      return fail(`can't open '${name}': ${error instanceof Error ? error.message.replace(/^.*: /, '') : String(error)}`);
    }
    say(`${progressLine(name, response.body.length)}'${name}' saved\n`);
    return 0;
  }
  return fail('too many redirections');
}

export const wget: Program = async (ctx) => {
  const o = parse(ctx.argv.slice(1));
  if (!o || o.urls.length === 0) {
    ctx.stderr.write(usage);
    return 1;
  }
  let status = 0;
  for (const url of o.urls) status = (await fetchOne(ctx, o, url)) || status;
  return status;
};
