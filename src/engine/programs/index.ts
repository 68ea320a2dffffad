/**
 * The programs behind the placeholder executables of the seeded Docker Hub images:
 * hello-world's greeting and the servers (nginx, httpd, redis, postgres with initdb,
 * the registry) plus gosu/su-exec, which their entrypoints use; redis-cli; the package
 * managers apk, apt-get and pip (against small simulated indexes); python3, which runs
 * pip and says plainly that it cannot run Python code. node and npm live in npm/.
 */
import type { Program } from '../process/types.ts';
import { apk } from './apk/index.ts';
import { aptGet } from './apt/index.ts';
import { gosu, suExec } from './gosu.ts';
import { hello } from './hello.ts';
import { httpd } from './httpd.ts';
import { initdb } from './initdb.ts';
import { nginx } from './nginx.ts';
import { postgres } from './postgres.ts';
import { python } from './python.ts';
import { redisCli } from './redis-cli.ts';
import { redisServer } from './redis-server.ts';
import { registry } from './registry.ts';

/** Placeholder program name → implementation, for the process runtime's resolver. */
export function hubPrograms(): Record<string, Program> {
  return {
    hello,
    nginx,
    httpd,
    'redis-server': redisServer,
    'redis-cli': redisCli,
    postgres,
    initdb,
    registry,
    gosu,
    apk,
    python3: python,
    'apt-get': aptGet,
    apt: aptGet,
    'su-exec': suExec,
  };
}
