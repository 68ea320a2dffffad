/**
 * `nginx`: the master process of the official image. It reads /etc/nginx/nginx.conf
 * (a missing file is the real `[emerg]`), writes its start-up notices to the error log
 * (which the image links to stderr) and starts `worker_processes` workers. In the
 * foreground (`-g 'daemon off;'`) it runs until SIGQUIT (graceful, the image's
 * STOPSIGNAL) or SIGTERM/SIGINT (fast); SIGHUP reloads the configuration with new
 * workers. `-v`, `-V`, `-t` and `-s` (nginx-signal.ts) behave as nginx's do.
 * It serves HTTP on the ports of conf.d's server blocks (net/servers/nginx-site.ts),
 * one access log line per request on stdout.
 */
import type { ProcessContext, Program, Signal } from '../process/types.ts';
import { signalNumbers } from '../process/types.ts';
import { readTextOrUndefined } from './files.ts';
import { nginxTime } from './log-time.ts';
import { kernelRelease, onlineCpus, openFilesLimit } from './machine.ts';
import { lineWriter, serveUntilStopped } from './server.ts';
import { pidPath, sendSignal } from './nginx-signal.ts';
import type { Listening } from '../net/fabric.ts';
import { nginxListen } from '../net/servers/nginx-site.ts';

export const nginxVersion = '1.27.3';

interface Options {
  conf: string;
  directives: string;
  action: 'run' | 'version' | 'configure' | 'test' | 'signal';
  signal?: string;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { conf: '/etc/nginx/nginx.conf', directives: '', action: 'run' };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-v') options.action = 'version';
    else if (arg === '-V') options.action = 'configure';
    else if (arg === '-t' || arg === '-T') options.action = 'test';
    else if (arg === '-c' || arg === '-g' || arg === '-p' || arg === '-e' || arg === '-s') {
      const value = argv[++i];
      if (value === undefined) return `nginx: option "${arg}" requires ${arg === '-g' ? 'parameter' : arg === '-c' ? 'file name' : 'parameter'}`;
      if (arg === '-c') options.conf = value;
      if (arg === '-g') options.directives = value;
      if (arg === '-s') {
        options.action = 'signal';
        options.signal = value;
      }
    } else if (arg === '-q') continue;
    else return `nginx: invalid option: "${arg.replace(/^-/, '')}"`;
  }
  return options;
}

/** Which compiler built the binary: the Debian and Alpine packages differ. */
function builtBy(ctx: ProcessContext): string {
  const osRelease = readTextOrUndefined(ctx.fs, '/etc/os-release') ?? '';
  return /^ID=alpine$/m.test(osRelease) ? 'built by gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) ' : 'built by gcc 12.2.0 (Debian 12.2.0-14) ';
}

function workerCount(conf: string): number {
  const match = /^\s*worker_processes\s+(\w+)\s*;/m.exec(conf);
  if (!match || match[1] === 'auto') return onlineCpus;
  return Math.max(1, Number(match[1]) || 1);
}

export const nginx: Program = async (ctx) => {
  const options = parseArgs(ctx.argv);
  const err = lineWriter(ctx.stderr);
  if (typeof options === 'string') {
    err(options);
    return 1;
  }
  if (options.action === 'version' || options.action === 'configure') {
    err(`nginx version: nginx/${nginxVersion}`);
    if (options.action === 'configure') {
      err(builtBy(ctx).trimEnd());
      err('built with OpenSSL 3.0.15 3 Sep 2024');
      err('TLS SNI support enabled');
      err('configure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/var/run/nginx.pid --lock-path=/var/run/nginx.lock --user=nginx --group=nginx --with-compat --with-file-aio --with-threads --with-http_ssl_module --with-http_v2_module --with-http_v3_module --with-stream --with-stream_ssl_module');
    }
    return 0;
  }
  const conf = readTextOrUndefined(ctx.fs, options.conf);
  const stamp = (): string => nginxTime(ctx.clock.now());
  if (conf === undefined) {
    const emerg = `open() "${options.conf}" failed (2: No such file or directory)`;
    if (options.action === 'test') {
      err(`nginx: [emerg] ${emerg}`);
      err(`nginx: configuration file ${options.conf} test failed`);
    } else {
      err(`${stamp()} [emerg] ${ctx.pid}#${ctx.pid}: ${emerg}`);
      err(`nginx: [emerg] ${emerg}`);
    }
    return 1;
  }
  if (options.action === 'signal') return sendSignal(ctx, conf, options.signal ?? '');
  if (options.action === 'test') {
    err(`nginx: the configuration file ${options.conf} syntax is ok`);
    err(`nginx: configuration file ${options.conf} test is successful`);
    return 0;
  }
  // Without `daemon off;` the master forks into the background and the foreground process exits.
  if (!/daemon\s+off\s*;/.test(options.directives) && !/^\s*daemon\s+off\s*;/m.test(conf)) return 0;

  const master = `${ctx.pid}#${ctx.pid}`;
  const notice = (who: string, message: string): void => err(`${stamp()} [notice] ${who}: ${message}`);
  // The entrypoint's scripts used the pids before the workers; on a real host they are about 28 higher.
  let nextWorker = ctx.pid + 28;
  const startWorkers = (config: string): number[] => {
    notice(master, 'start worker processes');
    const started = Array.from({ length: workerCount(config) }, () => nextWorker++);
    for (const pid of started) notice(master, `start worker process ${pid}`);
    return started;
  };
  const retire = (pids: number[], graceful: boolean): void => {
    for (const pid of pids) {
      if (graceful) notice(`${pid}#${pid}`, 'gracefully shutting down');
      notice(`${pid}#${pid}`, 'exiting');
      notice(`${pid}#${pid}`, 'exit');
    }
    for (const pid of pids) {
      notice(master, `signal 17 (SIGCHLD) received from ${pid}`);
      notice(master, `worker process ${pid} exited with code 0`);
    }
  };
  // nginx binds its ports while reading the configuration, before any notice or worker.
  const bound = nginxListen(ctx, nginxVersion, stamp);
  if (!bound) return 1;
  let listening: Listening[] = bound;
  notice(master, 'using the "epoll" event method');
  notice(master, `nginx/${nginxVersion}`);
  notice(master, builtBy(ctx));
  notice(master, `OS: Linux ${kernelRelease}`);
  notice(master, `getrlimit(RLIMIT_NOFILE): ${openFilesLimit}:${openFilesLimit}`);
  let workers = startWorkers(conf);
  // `nginx -s …` finds the master through this file.
  const pidFile = pidPath(conf);
  try {
    ctx.fs.writeFile(pidFile, `${ctx.pid}\n`);
  } catch {
    // A read-only or missing /var/run only disables `nginx -s`.
  }

  const stop = (graceful: boolean) => (signal: Signal): number => {
    notice(master, `signal ${signalNumbers[signal]} (${signal}) received, ${graceful ? 'shutting down' : 'exiting'}`);
    retire(workers, graceful);
    notice(master, 'exit');
    ctx.fs.rm(pidFile, { force: true });
    return 0;
  };
  const reload = (): undefined => {
    notice(master, 'signal 1 (SIGHUP) received, reconfiguring');
    notice(master, 'reconfiguring');
    notice(master, 'using the "epoll" event method');
    const old = workers;
    workers = startWorkers(readTextOrUndefined(ctx.fs, options.conf) ?? conf);
    for (const l of listening) l.close();
    listening = nginxListen(ctx, nginxVersion, stamp) ?? [];
    retire(old, true);
    return undefined;
  };
  const reopen = (): undefined => {
    notice(master, 'signal 10 (SIGUSR1) received, reopening logs');
    notice(master, 'reopening logs');
    return undefined;
  };
  return serveUntilStopped(ctx, { SIGQUIT: stop(true), SIGTERM: stop(false), SIGINT: stop(false), SIGHUP: reload, SIGUSR1: reopen });
};
