/**
 * `redis-cli [-h host] [-p port] [--raw|--no-raw] [command args…]`: sends one command
 * (or one per stdin line when none is given) to a redis-server and prints the reply
 * as redis-cli does: quoted and typed (`"value"`, `(integer) 1`, `(nil)`) on a
 * terminal — `docker exec -it` sets TERM — and raw values otherwise, as the real
 * client decides with isatty(stdout). No interactive prompt yet.
 */
import { readAll } from '../process/streams.ts';
import type { Program } from '../process/types.ts';
import { redisVersion } from './redis-server.ts';
import { formatRaw, formatReply } from './redis/reply.ts';
import { sendCommand } from './redis/servers.ts';

/** Split a redis-cli input line into arguments, honouring "double" and 'single' quotes. */
export function splitArgs(line: string): string[] {
  const args: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) args.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]));
  return args;
}

export const redisCli: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let host = '127.0.0.1';
  let port = 6379;
  let raw = ctx.env.TERM === undefined || ctx.env.TERM === '' || ctx.env.TERM === 'dumb';
  while (args.length > 0 && args[0].startsWith('-')) {
    const option = args.shift()!;
    if (option === '-h') host = args.shift() ?? host;
    else if (option === '-p') port = Number(args.shift()) || port;
    else if (option === '--raw') raw = true;
    else if (option === '--no-raw') raw = false;
    else if (option === '-v' || option === '--version') {
      ctx.stdout.write(`redis-cli ${redisVersion}\n`);
      return 0;
    } else if (option === '-n') args.shift();
    else {
      ctx.stderr.write(`Unrecognized option or bad number of args for: '${option}'\n`);
      return 1;
    }
  }
  const commands = args.length > 0 ? [args] : new TextDecoder().decode(await readAll(ctx.stdin)).split('\n').map(splitArgs).filter((c) => c.length > 0);
  for (const command of commands) {
    const reply = await sendCommand(ctx, host, port, command);
    if (typeof reply === 'string') {
      ctx.stderr.write(`Could not connect to Redis at ${host}:${port}: ${reply}\n`);
      return 1;
    }
    // A successful SHUTDOWN closes the connection without a reply; redis-cli prints nothing.
    if (command[0]?.toLowerCase() === 'shutdown' && reply.kind !== 'error') return 0;
    ctx.stdout.write((raw ? formatRaw(reply) : formatReply(reply)) + '\n');
  }
  return 0;
};
