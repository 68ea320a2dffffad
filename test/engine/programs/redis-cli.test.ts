import { describe, expect, it } from 'vitest';
import { findHubImage } from '../../../src/engine/registry/hub/index.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { readRdb, writeRdb } from '../../../src/engine/programs/redis/rdb.ts';
import { decodeReply, encodeReply, formatReply } from '../../../src/engine/programs/redis/reply.ts';
import { RedisStore } from '../../../src/engine/programs/redis/store.ts';
import { splitArgs } from '../../../src/engine/programs/redis-cli.ts';
import { runContainer } from './container-run.ts';

function redis(): ImageSpec {
  const found = findHubImage('library/redis:latest');
  if (!found) throw new Error('redis');
  return found;
}

describe('the redis keyspace', () => {
  it('SET/GET/DEL/EXISTS/INCR answer as Redis 7.4 does, with its error texts', () => {
    let now = 0;
    const store = new RedisStore(() => now);
    const run = (...args: string[]) => formatReply(store.execute(args)!);
    expect(run('SET', 'k', 'v')).toBe('OK');
    expect(run('GET', 'k')).toBe('"v"');
    expect(run('GET', 'missing')).toBe('(nil)');
    expect(run('INCR', 'n')).toBe('(integer) 1');
    expect(run('INCR', 'k')).toBe('(error) ERR value is not an integer or out of range');
    expect(run('GET')).toBe("(error) ERR wrong number of arguments for 'get' command");
    expect(run('KEYS', '*')).toBe('1) "k"\n2) "n"');
    expect(run('DEL', 'k', 'missing')).toBe('(integer) 1');
    expect(run('EXISTS', 'k')).toBe('(integer) 0');
    expect(run('KEYS', 'zz*')).toBe('(empty array)');
    now = 5;
    expect(run('SET', 'n', '5', 'NX')).toBe('(nil)');
  });

  it('EXPIRE makes a key vanish when the virtual clock passes its deadline; TTL counts down', () => {
    let now = 0;
    const store = new RedisStore(() => now);
    store.execute(['SET', 'session', 'abc']);
    expect(store.execute(['EXPIRE', 'session', '10'])).toEqual({ kind: 'integer', value: 1 });
    now = 4_000;
    expect(store.execute(['TTL', 'session'])).toEqual({ kind: 'integer', value: 6 });
    now = 10_000;
    expect(store.execute(['GET', 'session'])).toEqual({ kind: 'nil' });
    expect(store.execute(['TTL', 'session'])).toEqual({ kind: 'integer', value: -2 });
  });

  it('RESP round-trips replies and redis-cli splits quoted arguments', () => {
    const reply = { kind: 'array' as const, items: [{ kind: 'bulk' as const, value: 'héllo' }, { kind: 'integer' as const, value: 3 }, { kind: 'nil' as const }] };
    expect(decodeReply(encodeReply(reply)).reply).toEqual(reply);
    expect(splitArgs(`SET greeting "hello world" 'x y'`)).toEqual(['SET', 'greeting', 'hello world', 'x y']);
  });

  it('an RDB snapshot keeps strings and expiries, starting with the REDIS0012 magic', () => {
    const data = new Map([['a', { value: '1' }], ['b', { value: 'two', expiresAt: 9_000_000 }]]);
    const bytes = writeRdb(data, '7.4.1', 1_000);
    expect(new TextDecoder().decode(bytes.subarray(0, 9))).toBe('REDIS0012');
    expect(readRdb(bytes)).toEqual({ version: '7.4.1', entries: data });
  });
});

describe('redis-cli inside a redis container', () => {
  it('the entrypoint re-execs itself through gosu, so redis-server runs as PID 1 with uid 999', async () => {
    const run = runContainer(redis());
    expect(await run.settle()).toBeUndefined();
    expect(run.stdout()).toContain('1:M 30 Nov 2026 10:04:05.123 * Ready to accept connections tcp\n');
    expect(await run.exec(['id', '-u'])).toMatchObject({ stdout: '0\n' });
    expect(await run.exec(['gosu', 'redis', 'id', '-u'])).toMatchObject({ stdout: '999\n' });
    expect(run.process.pid).toBe(1);
  });

  it('answers PING, SET, GET, INCR and unknown commands in the raw form of a non-terminal stdout', async () => {
    const run = runContainer(redis());
    await run.settle();
    expect(await run.exec(['redis-cli', 'PING'])).toEqual({ status: 0, stdout: 'PONG\n', stderr: '' });
    expect((await run.exec(['redis-cli', 'SET', 'greeting', 'hello'])).stdout).toBe('OK\n');
    expect((await run.exec(['redis-cli', 'GET', 'greeting'])).stdout).toBe('hello\n');
    expect((await run.exec(['redis-cli', '--no-raw', 'GET', 'greeting'])).stdout).toBe('"hello"\n');
    expect((await run.exec(['redis-cli', '--no-raw', 'INCR', 'visits'])).stdout).toBe('(integer) 1\n');
    expect((await run.exec(['redis-cli', '--no-raw', 'FOO', 'bar'])).stdout).toBe("(error) ERR unknown command 'FOO', with args beginning with: 'bar' \n");
  });

  it('says it could not connect when no server listens on the port', async () => {
    const run = runContainer(redis());
    await run.settle();
    expect(await run.exec(['redis-cli', '-p', '6380', 'PING'])).toEqual({ status: 1, stdout: '', stderr: 'Could not connect to Redis at 127.0.0.1:6380: Connection refused\n' });
  });

  it('SIGTERM saves the keys to /data/dump.rdb (owned by redis, mode 600) and the next server loads them', async () => {
    const first = runContainer(redis());
    await first.settle();
    await first.exec(['redis-cli', 'SET', 'kept', 'yes']);
    first.process.kill('SIGTERM');
    expect(await first.settle()).toBe(0);
    const stat = first.fs.stat('/data/dump.rdb');
    expect([stat.uid, stat.mode]).toEqual([999, 0o600]);
    const second = runContainer(redis(), { fs: first.fs });
    await second.settle();
    expect(second.stdout()).toContain('* Done loading RDB, keys loaded: 1, keys expired: 0.\n');
    expect((await second.exec(['redis-cli', 'GET', 'kept'])).stdout).toBe('yes\n');
  });

  it('SHUTDOWN from redis-cli prints nothing, saves, and ends the server with status 0', async () => {
    const run = runContainer(redis());
    await run.settle();
    expect(await run.exec(['redis-cli', 'SHUTDOWN'])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await run.settle()).toBe(0);
    expect(run.stdout()).toContain('# Redis is now ready to exit, bye bye...\n');
  });
});
