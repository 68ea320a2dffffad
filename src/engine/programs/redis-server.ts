/**
 * `redis-server`: Redis 7.4 as the official image runs it, logging to stdout. It
 * prints the start-up banner lines, loads /data/dump.rdb when an earlier run left one,
 * and on SIGTERM or SIGINT saves the final snapshot (a real, small RDB file in the
 * working directory) and exits 0, as `docker stop` expects.
 */
import type { ProcessContext, Program, Signal } from '../process/types.ts';
import { sha256Hex } from '../util/digest.ts';
import { absolute } from './files.ts';
import { redisTime, unixSeconds } from './log-time.ts';
import { lineWriter, serveUntilStopped } from './server.ts';

export const redisVersion = '7.4.1';

interface Options {
  configFile?: string;
  port: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { port: 6379 };
  let i = 1;
  if (argv[1] !== undefined && !argv[1].startsWith('-')) {
    options.configFile = argv[1];
    i = 2;
  }
  for (; i < argv.length; i++) {
    if (argv[i] === '--port' && argv[i + 1] !== undefined) options.port = Number(argv[++i]) || options.port;
  }
  return options;
}

/** An empty RDB v12 file: magic, the version aux field, end marker, and a zero checksum (which means "not checked"). */
function emptyRdb(): Uint8Array {
  const text = `REDIS0012\u00fa\u0009redis-ver\u0005${redisVersion}\u00ff\0\0\0\0\0\0\0\0`;
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

export const redisServer: Program = async (ctx) => {
  const out = lineWriter(ctx.stdout);
  if (ctx.argv[1] === '--version' || ctx.argv[1] === '-v') {
    out(`Redis server v=${redisVersion} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=${sha256Hex(`redis-${redisVersion}`).slice(0, 16)}`);
    return 0;
  }
  const options = parseArgs(ctx.argv);
  const log = (role: 'C' | 'M', level: '*' | '#', message: string): void => out(`${ctx.pid}:${role} ${redisTime(ctx.clock.now())} ${level} ${message}`);
  if (options.configFile !== undefined && !ctx.fs.exists(absolute(ctx.cwd, options.configFile))) {
    ctx.stderr.write(`\n*** FATAL CONFIG FILE ERROR (Redis ${redisVersion}) ***\nFatal error, can't open config file '${absolute(ctx.cwd, options.configFile)}': No such file or directory\n`);
    return 1;
  }
  log('C', '#', "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.");
  log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
  log('C', '*', `Redis version=${redisVersion}, bits=64, commit=00000000, modified=0, pid=${ctx.pid}, just started`);
  if (options.configFile === undefined) log('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
  else log('C', '*', 'Configuration loaded');
  log('M', '*', 'monotonic clock: POSIX clock_gettime');
  log('M', '*', `Running mode=standalone, port=${options.port}.`);
  log('M', '*', 'Server initialized');
  const dump = absolute(ctx.cwd, 'dump.rdb');
  if (ctx.fs.exists(dump)) loadSnapshot(ctx, dump, log);
  log('M', '*', 'Ready to accept connections tcp');

  const shutdown = (signal: Signal): number | undefined => {
    out(`${ctx.pid}:signal-handler (${unixSeconds(ctx.clock.now())}) Received ${signal} scheduling shutdown...`);
    log('M', '*', 'User requested shutdown...');
    log('M', '*', 'Saving the final RDB snapshot before exiting.');
    try {
      ctx.fs.writeFile(dump, emptyRdb());
      log('M', '*', 'DB saved on disk');
    } catch {
      log('M', '#', `Failed opening the temp RDB file temp-${ctx.pid}.rdb (in server root dir ${ctx.cwd}) for saving: Permission denied`);
      log('M', '#', 'Error trying to save the DB, can\'t exit.');
      log('M', '#', 'Errors trying to shut down the server. Check the logs for more information.');
      return undefined;
    }
    log('M', '#', 'Redis is now ready to exit, bye bye...');
    return 0;
  };
  return serveUntilStopped(ctx, { SIGTERM: shutdown, SIGINT: shutdown });
};

function loadSnapshot(ctx: ProcessContext, dump: string, log: (role: 'C' | 'M', level: '*' | '#', message: string) => void): void {
  const age = Math.max(0, unixSeconds(ctx.clock.now()) - unixSeconds(ctx.fs.stat(dump).mtime));
  log('M', '*', `Loading RDB produced by version ${redisVersion}`);
  log('M', '*', `RDB age ${age} seconds`);
  log('M', '*', 'RDB memory usage when created 0.90 Mb');
  log('M', '*', 'Done loading RDB, keys loaded: 0, keys expired: 0.');
  log('M', '*', 'DB loaded from disk: 0.000 seconds');
}
