/**
 * `redis-server`: Redis 7.4 as the official image runs it, logging to stdout. It keeps
 * its keyspace in memory (redis/store.ts), answers redis-cli on its port
 * (redis/servers.ts), loads ./dump.rdb at start and writes it on SAVE, BGSAVE,
 * SHUTDOWN and on SIGTERM/SIGINT (redis/rdb.ts) — so a volume on /data keeps the data
 * across containers — and exits 0 after the final save, as `docker stop` expects.
 */
import type { ProcessContext, Program, Signal } from '../process/types.ts';
import { sha256Hex } from '../util/digest.ts';
import { absolute } from './files.ts';
import { redisTime, unixSeconds } from './log-time.ts';
import { readRdb, writeRdb } from './redis/rdb.ts';
import { error, ok } from './redis/reply.ts';
import type { Reply } from './redis/reply.ts';
import { serveRedis } from './redis/servers.ts';
import { RedisStore } from './redis/store.ts';
import { lineWriter, serveUntilStopped } from './server.ts';

export const redisVersion = '7.4.1';

type Log = (role: 'C' | 'M', level: '*' | '#', message: string) => void;

function parseArgs(argv: string[]): { configFile?: string; port: number } {
  const options: { configFile?: string; port: number } = { port: 6379 };
  let i = 1;
  if (argv[1] !== undefined && !argv[1].startsWith('-')) options.configFile = argv[i++];
  for (; i < argv.length; i++) if (argv[i] === '--port' && argv[i + 1] !== undefined) options.port = Number(argv[++i]) || options.port;
  return options;
}

export const redisServer: Program = async (ctx) => {
  const out = lineWriter(ctx.stdout);
  if (ctx.argv[1] === '--version' || ctx.argv[1] === '-v') {
    out(`Redis server v=${redisVersion} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=${sha256Hex(`redis-${redisVersion}`).slice(0, 16)}`);
    return 0;
  }
  const options = parseArgs(ctx.argv);
  const log: Log = (role, level, message) => out(`${ctx.pid}:${role} ${redisTime(ctx.clock.now())} ${level} ${message}`);
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
  const store = new RedisStore(() => ctx.clock.now());
  const dump = absolute(ctx.cwd, 'dump.rdb');
  if (ctx.fs.exists(dump)) loadSnapshot(ctx, dump, store, log);
  const save = (): boolean => {
    try {
      ctx.fs.writeFile(dump, writeRdb(store.data, redisVersion, ctx.clock.now()), { uid: ctx.uid, gid: ctx.gid, mode: 0o600 });
      log('M', '*', 'DB saved on disk');
      return true;
    } catch {
      log('M', '#', `Failed opening the temp RDB file temp-${ctx.pid}.rdb (in server root dir ${ctx.cwd}) for saving: Permission denied`);
      return false;
    }
  };
  const shutdown = (saving: boolean): number | undefined => {
    log('M', '*', 'User requested shutdown...');
    if (saving) {
      log('M', '*', 'Saving the final RDB snapshot before exiting.');
      if (!save()) {
        log('M', '#', "Error trying to save the DB, can't exit.");
        log('M', '#', 'Errors trying to shut down the server. Check the logs for more information.');
        return undefined;
      }
    }
    log('M', '#', 'Redis is now ready to exit, bye bye...');
    stop();
    return 0;
  };
  const endpoint = (args: string[]): Reply => {
    const name = (args[0] ?? '').toLowerCase();
    if (name === 'save') return save() ? ok : error('ERR');
    if (name === 'bgsave') {
      log('M', '*', `Background saving started by pid ${ctx.pid + 1}`);
      save();
      log('M', '*', 'Background saving terminated with success');
      return { kind: 'status', text: 'Background saving started' };
    }
    if (name === 'shutdown') {
      const status = shutdown((args[1] ?? '').toLowerCase() !== 'nosave');
      if (status === undefined) return error('ERR Errors trying to SHUTDOWN. Check logs.');
      ctx.exit(status);
      return ok;
    }
    if (name === 'select') return args[1] === '0' ? ok : error('ERR DB index is out of range');
    const reply = store.execute(args);
    if (reply) return reply;
    const rest = args.slice(1, 21).map((arg) => `'${arg}' `).join('');
    return error(`ERR unknown command '${args[0] ?? ''}', with args beginning with: ${rest}`);
  };
  const stop = serveRedis(ctx, options.port, endpoint, () => log('M', '#', 'Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection aborted.'));
  log('M', '*', 'Ready to accept connections tcp');
  const onSignal = (signal: Signal): number | undefined => {
    out(`${ctx.pid}:signal-handler (${unixSeconds(ctx.clock.now())}) Received ${signal} scheduling shutdown...`);
    return shutdown(true);
  };
  return serveUntilStopped(ctx, { SIGTERM: onSignal, SIGINT: onSignal });
};

function loadSnapshot(ctx: ProcessContext, dump: string, store: RedisStore, log: Log): void {
  const age = Math.max(0, unixSeconds(ctx.clock.now()) - unixSeconds(ctx.fs.stat(dump).mtime));
  const { version, entries } = readRdb(ctx.fs.readFile(dump));
  log('M', '*', `Loading RDB produced by version ${version || redisVersion}`);
  log('M', '*', `RDB age ${age} seconds`);
  log('M', '*', 'RDB memory usage when created 0.90 Mb');
  let expired = 0;
  for (const [key, entry] of entries) {
    if (entry.expiresAt !== undefined && entry.expiresAt <= ctx.clock.now()) expired++;
    else store.data.set(key, entry);
  }
  log('M', '*', `Done loading RDB, keys loaded: ${entries.size - expired}, keys expired: ${expired}.`);
  log('M', '*', 'DB loaded from disk: 0.000 seconds');
}
