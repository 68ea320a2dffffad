/**
 * The RDB snapshot format (version 12, Redis 7.4) for a keyspace of strings: the
 * `REDIS0012` magic, aux fields, SELECTDB 0, RESIZEDB, each key with its optional
 * millisecond expiry, then EOF and an 8-byte checksum. The checksum is written as
 * zero, which Redis reads as "checksum disabled" (rdbchecksum no), so real Redis could
 * load these files. Other value types are not simulated.
 */
import type { Entry } from './store.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const op = { aux: 0xfa, resizeDb: 0xfb, expireMs: 0xfc, selectDb: 0xfe, eof: 0xff, string: 0x00 };

function length(n: number): number[] {
  if (n < 64) return [n];
  if (n < 16384) return [0x40 | (n >> 8), n & 0xff];
  return [0x80, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function string(text: string): number[] {
  const bytes = encoder.encode(text);
  return [...length(bytes.length), ...bytes];
}

function uint64le(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  for (let i = 0; i < 8; i++) {
    out.push(rest % 256);
    rest = Math.floor(rest / 256);
  }
  return out;
}

/** A snapshot of `entries` as Redis `version` writes it at `now` (ms). */
export function writeRdb(entries: Map<string, Entry>, version: string, now: number): Uint8Array {
  const bytes: number[] = [...encoder.encode('REDIS0012')];
  const aux = (key: string, value: string) => bytes.push(op.aux, ...string(key), ...string(value));
  aux('redis-ver', version);
  aux('redis-bits', '64');
  aux('ctime', String(Math.floor(now / 1000)));
  aux('used-mem', '946736');
  aux('aof-base', '0');
  const live = [...entries].filter(([, entry]) => entry.expiresAt === undefined || entry.expiresAt > now);
  if (live.length > 0) {
    bytes.push(op.selectDb, 0, op.resizeDb, ...length(live.length), ...length(live.filter(([, e]) => e.expiresAt !== undefined).length));
    for (const [key, entry] of live) {
      if (entry.expiresAt !== undefined) bytes.push(op.expireMs, ...uint64le(entry.expiresAt));
      bytes.push(op.string, ...string(key), ...string(entry.value));
    }
  }
  bytes.push(op.eof, ...uint64le(0));
  return Uint8Array.from(bytes);
}

/** The keys of a snapshot written by writeRdb (or an empty one); throws on anything else. */
export function readRdb(bytes: Uint8Array): { version: string; entries: Map<string, Entry> } {
  if (decoder.decode(bytes.subarray(0, 5)) !== 'REDIS') throw new Error('Wrong signature trying to load DB from file');
  let pos = 9;
  const readLength = (): number => {
    const first = bytes[pos++];
    if (first >> 6 === 0) return first & 0x3f;
    if (first >> 6 === 1) return ((first & 0x3f) << 8) | bytes[pos++];
    const n = ((bytes[pos] << 24) >>> 0) + (bytes[pos + 1] << 16) + (bytes[pos + 2] << 8) + bytes[pos + 3];
    pos += 4;
    return n;
  };
  const readString = (): string => {
    const n = readLength();
    const text = decoder.decode(bytes.subarray(pos, pos + n));
    pos += n;
    return text;
  };
  const entries = new Map<string, Entry>();
  let version = '';
  let expiresAt: number | undefined;
  while (pos < bytes.length) {
    const code = bytes[pos++];
    if (code === op.eof) break;
    if (code === op.aux) {
      const key = readString();
      const value = readString();
      if (key === 'redis-ver') version = value;
    } else if (code === op.selectDb) readLength();
    else if (code === op.resizeDb) {
      readLength();
      readLength();
    } else if (code === op.expireMs) {
      expiresAt = 0;
      for (let i = 7; i >= 0; i--) expiresAt = expiresAt * 256 + bytes[pos + i];
      pos += 8;
    } else if (code === op.string) {
      const key = readString();
      const value = readString();
      entries.set(key, expiresAt === undefined ? { value } : { value, expiresAt });
      expiresAt = undefined;
    } else throw new Error(`Unknown RDB encoding type ${code}`);
  }
  return { version, entries };
}
