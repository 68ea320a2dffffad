/**
 * Tar archives as layers, build contexts and `docker cp`/`export` streams carry them:
 * real POSIX ustar bytes, with PAX extended headers where ustar has no room (names
 * over 100 bytes or not ASCII, long link targets) and for the simulator's one
 * extension, the `DOCKYARD.size` record giving a placeholder file's declared size.
 * Output is deterministic (no user/group names, fixed PAX header names), so equal
 * entries give equal bytes and equal DiffIDs.
 */
import { invalidParameter } from '../errdefs.ts';

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink';

export interface TarEntry {
  /** Relative, no leading slash; directories without a trailing slash. */
  path: string;
  type: TarEntryType;
  /** Permission bits. */
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch. */
  mtime: number;
  /** Contents of a regular file. */
  data?: Uint8Array;
  /** Target of a symlink, or the archive path a hard link points to. */
  linkname?: string;
  /** The size a placeholder file stands for (PAX record `DOCKYARD.size`). */
  declaredSize?: number;
}

const BLOCK = 512;
const DECLARED_SIZE = 'DOCKYARD.size';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const typeflags: Record<TarEntryType, string> = { file: '0', hardlink: '1', symlink: '2', dir: '5' };

/** @example sha256(writeTar([])) is Docker's empty-layer DiffID (1024 zero bytes). */
export function writeTar(entries: readonly TarEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const e of entries) {
    const name = e.type === 'dir' ? `${e.path}/` : e.path;
    const linkname = e.linkname ?? '';
    const data = e.type === 'file' ? (e.data ?? new Uint8Array(0)) : new Uint8Array(0);
    const records: [string, string][] = [];
    if (e.declaredSize !== undefined) records.push([DECLARED_SIZE, String(e.declaredSize)]);
    if (needsPax(linkname)) records.push(['linkpath', linkname]);
    if (needsPax(name)) records.push(['path', name]);
    if (records.length > 0) {
      const body = paxBody(records);
      const base = e.path.slice(e.path.lastIndexOf('/') + 1);
      const dir = e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/') + 1) : '';
      chunks.push(
        header(`${dir}PaxHeaders.0/${base}`, 'x', 0o644, 0, 0, body.length, e.mtime, ''),
        pad(body),
      );
    }
    chunks.push(
      header(name, typeflags[e.type], e.mode, e.uid, e.gid, data.length, e.mtime, linkname),
      pad(data),
    );
  }
  chunks.push(new Uint8Array(2 * BLOCK));
  return concat(chunks);
}

/** Parses a tar archive (ustar, PAX, GNU long names); devices and fifos are skipped. */
export function readTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let pax = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  let off = 0;
  while (off + BLOCK <= bytes.length) {
    const h = bytes.subarray(off, off + BLOCK);
    if (h.every((b) => b === 0)) break;
    if (checksum(h) !== readOctal(h, 148, 8)) throw invalidParameter('archive/tar: invalid tar header');
    const size = readOctal(h, 124, 12);
    const body = bytes.subarray(off + BLOCK, off + BLOCK + size);
    off += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const flag = String.fromCharCode(h[156]);
    if (flag === 'x') pax = parsePax(body);
    else if (flag === 'L') longName = cString(body, 0, body.length);
    else if (flag === 'K') longLink = cString(body, 0, body.length);
    if ('xgLK'.includes(flag)) continue;
    const prefix = cString(h, 345, 155);
    const raw =
      pax.get('path') ?? longName ?? (prefix ? `${prefix}/${cString(h, 0, 100)}` : cString(h, 0, 100));
    const linkname = pax.get('linkpath') ?? longLink ?? cString(h, 157, 100);
    const declared = pax.get(DECLARED_SIZE);
    const path = raw.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
    const type = typeOf(flag);
    pax = new Map();
    longName = longLink = undefined;
    if (!type || path === '' || path === '.') continue;
    const entry: TarEntry = {
      path,
      type,
      mode: readOctal(h, 100, 8) & 0o7777,
      uid: readOctal(h, 108, 8),
      gid: readOctal(h, 116, 8),
      mtime: readOctal(h, 136, 12),
    };
    if (type === 'file') entry.data = body.slice();
    if (type === 'symlink' || type === 'hardlink') entry.linkname = linkname;
    if (declared !== undefined) entry.declaredSize = Number(declared);
    entries.push(entry);
  }
  return entries;
}

function typeOf(flag: string): TarEntryType | undefined {
  if (flag === '0' || flag === '\0' || flag === '7') return 'file';
  if (flag === '1') return 'hardlink';
  if (flag === '2') return 'symlink';
  if (flag === '5') return 'dir';
  return undefined;
}

function needsPax(s: string): boolean {
  return encoder.encode(s).length > 100 || /[^\x20-\x7e]/.test(s);
}

function header(
  name: string,
  flag: string,
  mode: number,
  uid: number,
  gid: number,
  size: number,
  mtime: number,
  link: string,
): Uint8Array {
  const h = new Uint8Array(BLOCK);
  writeString(h, 0, 100, name);
  writeOctal(h, 100, 8, mode & 0o7777);
  writeOctal(h, 108, 8, uid);
  writeOctal(h, 116, 8, gid);
  writeOctal(h, 124, 12, size);
  writeOctal(h, 136, 12, Math.max(0, Math.floor(mtime)));
  h[156] = flag.charCodeAt(0);
  writeString(h, 157, 100, link);
  writeString(h, 257, 6, 'ustar\0');
  writeString(h, 263, 2, '00');
  writeOctal(h, 329, 8, 0);
  writeOctal(h, 337, 8, 0);
  // The checksum field holds six octal digits, a NUL and a space.
  writeString(h, 148, 8, checksum(h).toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** Sum of the header bytes with the checksum field counted as eight spaces. */
function checksum(h: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i];
  return sum;
}

/** Writes as many bytes as fit: PAX carries the full value when they do not. */
function writeString(h: Uint8Array, off: number, len: number, s: string): void {
  h.set(encoder.encode(s).subarray(0, len), off);
}

function writeOctal(h: Uint8Array, off: number, len: number, value: number): void {
  const digits = value.toString(8);
  if (digits.length > len - 1)
    throw invalidParameter(`archive/tar: value ${value} does not fit in a ${len}-byte field`);
  writeString(h, off, len, digits.padStart(len - 1, '0') + '\0');
}

function readOctal(h: Uint8Array, off: number, len: number): number {
  const s = cString(h, off, len).trim();
  return s === '' ? 0 : parseInt(s, 8);
}

function cString(h: Uint8Array, off: number, len: number): string {
  const field = h.subarray(off, off + len);
  const end = field.indexOf(0);
  return decoder.decode(end < 0 ? field : field.subarray(0, end));
}

/** PAX records: "<length> <key>=<value>\n", the length counting its own digits. */
function paxBody(records: [string, string][]): Uint8Array {
  let text = '';
  for (const [key, value] of records) {
    const rest = encoder.encode(` ${key}=${value}\n`).length;
    let len = rest + 1;
    while (String(len).length + rest !== len) len = String(len).length + rest;
    text += `${len} ${key}=${value}\n`;
  }
  return encoder.encode(text);
}

function parsePax(body: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let off = 0;
  while (off < body.length) {
    const space = body.indexOf(0x20, off);
    if (space < 0) break;
    const len = parseInt(decoder.decode(body.subarray(off, space)), 10);
    if (!(len > 0)) break;
    const record = decoder.decode(body.subarray(space + 1, off + len - 1));
    const eq = record.indexOf('=');
    records.set(record.slice(0, eq), record.slice(eq + 1));
    off += len;
  }
  return records;
}

function pad(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
  out.set(data);
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
