/**
 * A Redis keyspace in memory: string values with optional expiry on the virtual clock,
 * and the commands redis-cli users start with (PING, ECHO, SET with EX/PX/NX/XX, GET,
 * DEL, EXISTS, KEYS, INCR/DECR/INCRBY/DECRBY, APPEND, STRLEN, EXPIRE, TTL, PERSIST,
 * DBSIZE, FLUSHALL/FLUSHDB). Error texts are Redis 7.4's. Persistence (SAVE, SHUTDOWN)
 * belongs to the server, which owns the dump file.
 */
import { matchPattern } from '../../shell/glob.ts';
import { bulk, error, integer, nil, ok } from './reply.ts';
import type { Reply } from './reply.ts';

export interface Entry {
  value: string;
  /** Virtual ms when the key expires; absent: never. */
  expiresAt?: number;
}

const arity: Record<string, number> = {
  ping: -1, echo: 2, set: -3, get: 2, del: -2, exists: -2, keys: 2, incr: 2, decr: 2, incrby: 3, decrby: 3, append: 3, strlen: 2,
  expire: 3, pexpire: 3, ttl: 2, pttl: 2, persist: 2, dbsize: 1, flushall: -1, flushdb: -1, type: 2,
};

const notInteger = error('ERR value is not an integer or out of range');
const syntax = error('ERR syntax error');

export class RedisStore {
  readonly data = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  /** The live entry for `key`, dropping it when expired (Redis's lazy expiry). */
  entry(key: string): Entry | undefined {
    const found = this.data.get(key);
    if (found?.expiresAt !== undefined && found.expiresAt <= this.now()) {
      this.data.delete(key);
      return undefined;
    }
    return found;
  }

  /** Run one command (its name in any case); unknown ones get Redis's error text. */
  execute(args: string[]): Reply | undefined {
    const name = (args[0] ?? '').toLowerCase();
    const expected = arity[name];
    if (expected === undefined) return undefined;
    if (expected >= 0 ? args.length !== expected : args.length < -expected) return error(`ERR wrong number of arguments for '${name}' command`);
    const [, key = '', arg = ''] = args;
    switch (name) {
      case 'ping':
        return args.length > 1 ? bulk(args[1]) : { kind: 'status', text: 'PONG' };
      case 'echo':
        return bulk(key);
      case 'set':
        return this.set(args.slice(1));
      case 'get':
        return this.entry(key) ? bulk(this.entry(key)!.value) : nil;
      case 'del':
      case 'exists':
        return this.count(args.slice(1), name === 'del');
      case 'keys':
        return { kind: 'array', items: [...this.data.keys()].filter((k) => this.entry(k) && matchPattern(key, k)).sort().map(bulk) };
      case 'incr':
      case 'decr':
        return this.add(key, name === 'incr' ? 1 : -1);
      case 'incrby':
      case 'decrby':
        return /^-?\d+$/.test(arg) ? this.add(key, (name === 'incrby' ? 1 : -1) * Number(arg)) : notInteger;
      case 'append': {
        const value = (this.entry(key)?.value ?? '') + arg;
        this.data.set(key, { ...this.entry(key), value });
        return integer(value.length);
      }
      case 'strlen':
        return integer(this.entry(key)?.value.length ?? 0);
      case 'expire':
      case 'pexpire': {
        if (!/^-?\d+$/.test(arg)) return notInteger;
        const found = this.entry(key);
        if (!found) return integer(0);
        found.expiresAt = this.now() + Number(arg) * (name === 'expire' ? 1000 : 1);
        this.entry(key);
        return integer(1);
      }
      case 'ttl':
      case 'pttl': {
        const found = this.entry(key);
        if (!found) return integer(-2);
        if (found.expiresAt === undefined) return integer(-1);
        const ms = found.expiresAt - this.now();
        return integer(name === 'ttl' ? Math.round(ms / 1000) : ms);
      }
      case 'persist': {
        const found = this.entry(key);
        if (found?.expiresAt === undefined) return integer(0);
        delete found.expiresAt;
        return integer(1);
      }
      case 'type':
        return { kind: 'status', text: this.entry(key) ? 'string' : 'none' };
      case 'dbsize':
        return integer([...this.data.keys()].filter((k) => this.entry(k)).length);
      default:
        this.data.clear();
        return ok;
    }
  }

  private set(args: string[]): Reply {
    const [key, value, ...options] = args;
    let expiresAt: number | undefined;
    let condition: 'NX' | 'XX' | undefined;
    for (let i = 0; i < options.length; i++) {
      const option = options[i].toUpperCase();
      if (option === 'NX' || option === 'XX') condition = option;
      else if (option === 'EX' || option === 'PX') {
        const amount = options[++i];
        if (amount === undefined) return syntax;
        if (!/^\d+$/.test(amount)) return notInteger;
        if (Number(amount) <= 0) return error("ERR invalid expire time in 'set' command");
        expiresAt = this.now() + Number(amount) * (option === 'EX' ? 1000 : 1);
      } else return syntax;
    }
    const exists = this.entry(key) !== undefined;
    if ((condition === 'NX' && exists) || (condition === 'XX' && !exists)) return nil;
    this.data.set(key, expiresAt === undefined ? { value } : { value, expiresAt });
    return ok;
  }

  private count(keys: string[], remove: boolean): Reply {
    let n = 0;
    for (const key of keys) {
      if (this.entry(key) === undefined) continue;
      n++;
      if (remove) this.data.delete(key);
    }
    return integer(n);
  }

  private add(key: string, delta: number): Reply {
    const found = this.entry(key);
    const current = found?.value ?? '0';
    if (!/^-?\d+$/.test(current)) return notInteger;
    const value = String(Number(current) + delta);
    this.data.set(key, { ...found, value });
    return integer(Number(value));
  }
}
