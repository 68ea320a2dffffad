/**
 * `httpd`: Apache's server as the official image runs it (`httpd -DFOREGROUND` from
 * httpd-foreground). Before it knows its ServerName it warns AH00558, once for each of
 * its two configuration passes, naming the container's address from /etc/hosts. The
 * event MPM then logs that it is configured, and the command line. SIGWINCH (the
 * image's STOPSIGNAL) is a graceful stop, SIGTERM an immediate one; both exit 0.
 * It serves its DocumentRoot on its Listen port (net/servers/apache-site.ts).
 */
import type { ProcessContext, Program } from '../process/types.ts';
import { readTextOrUndefined } from './files.ts';
import { apacheTime } from './log-time.ts';
import { lineWriter, serveUntilStopped } from './server.ts';
import { apacheListen } from '../net/servers/apache-site.ts';

export const httpdVersion = '2.4.62';

/** Apache logs the pthread id of its main thread; a fixed, typical value keeps logs stable. */
const mainThreadId = '140389468571528';

/** The address the hostname resolves to through /etc/hosts (Docker writes the container's IP there). */
function hostAddress(ctx: ProcessContext): string | undefined {
  const hosts = readTextOrUndefined(ctx.fs, '/etc/hosts') ?? '';
  for (const line of hosts.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (address && names.includes(ctx.hostname) && !address.startsWith('127.') && address !== '::1') return address;
  }
  return undefined;
}

/** `-DFOREGROUND` and `-D FOREGROUND` both define FOREGROUND; httpd echoes them in the spaced form. */
function commandLine(argv: string[]): { defines: string[]; echoed: string } {
  const defines: string[] = [];
  const echoed: string[] = [argv[0].split('/').pop() ?? 'httpd'];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-D' && argv[i + 1] !== undefined) {
      defines.push(argv[++i]);
      echoed.push('-D', defines[defines.length - 1]);
    } else if (arg.startsWith('-D') && arg.length > 2) {
      defines.push(arg.slice(2));
      echoed.push('-D', arg.slice(2));
    } else echoed.push(arg);
  }
  return { defines, echoed: echoed.join(' ') };
}

export const httpd: Program = async (ctx) => {
  const out = lineWriter(ctx.stdout);
  const err = lineWriter(ctx.stderr);
  if (ctx.argv.includes('-v')) {
    out(`Server version: Apache/${httpdVersion} (Unix)`);
    out('Server built:   Nov 12 2024 02:14:33');
    return 0;
  }
  const { defines, echoed } = commandLine(ctx.argv);
  const address = hostAddress(ctx);
  const fqdnWarning = (): void => {
    if (address === undefined) err(`AH00557: httpd: apr_sockaddr_info_get() failed for ${ctx.hostname}`);
    err(`AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${address ?? '127.0.0.1'}. Set the 'ServerName' directive globally to suppress this message`);
  };
  fqdnWarning();
  // Without FOREGROUND, httpd detaches: the parent returns at once after its first pass.
  if (!defines.includes('FOREGROUND')) return 0;
  fqdnWarning();
  if (!apacheListen(ctx, httpdVersion, '/usr/local/apache2/conf/httpd.conf')) return 1;

  const log = (module: string, message: string): void => err(`[${apacheTime(ctx.clock.now())}] [${module}:notice] [pid ${ctx.pid}:tid ${mainThreadId}] ${message}`);
  log('mpm_event', `AH00489: Apache/${httpdVersion} (Unix) configured -- resuming normal operations`);
  log('core', `AH00094: Command line: '${echoed}'`);
  return serveUntilStopped(ctx, {
    SIGWINCH: () => {
      log('mpm_event', 'AH00492: caught SIGWINCH, shutting down gracefully');
      return 0;
    },
    SIGTERM: () => {
      log('mpm_event', 'AH00491: caught SIGTERM, shutting down');
      return 0;
    },
  });
};
