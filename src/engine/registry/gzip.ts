/**
 * Layer blobs travel gzip-compressed (`…rootfs.diff.tar.gzip`), so a blob's digest
 * differs from the layer's diff_id, as on a real registry. We write real gzip with
 * *stored* (uncompressed) deflate blocks: valid for any gzip reader, deterministic,
 * and cheap; the simulator's layers are small because big binaries are placeholders.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const MAX_BLOCK = 0xffff;

/**
 * @example gunzip(gzip(tar)) // equal bytes to tar
 */
export function gzip(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / MAX_BLOCK));
  const out = new Uint8Array(10 + blocks * 5 + data.length + 8);
  // Header: magic, deflate, no flags, mtime 0, no extra flags, OS 255 (as Go writes it).
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  let o = 10;
  for (let b = 0; b < blocks; b++) {
    const chunk = data.subarray(b * MAX_BLOCK, (b + 1) * MAX_BLOCK);
    out[o++] = b === blocks - 1 ? 1 : 0;
    out[o++] = chunk.length & 0xff;
    out[o++] = chunk.length >>> 8;
    out[o++] = ~chunk.length & 0xff;
    out[o++] = (~chunk.length >>> 8) & 0xff;
    out.set(chunk, o);
    o += chunk.length;
  }
  writeLe32(out, o, crc32(data));
  writeLe32(out, o + 4, data.length >>> 0);
  return out;
}

/** Inverse of `gzip` (stored blocks only; other deflate block types are rejected). */
export function gunzip(blob: Uint8Array): Uint8Array {
  if (blob[0] !== 0x1f || blob[1] !== 0x8b || blob[2] !== 8) throw new Error('gzip: invalid header');
  if (blob[3] !== 0) throw new Error('gzip: header flags not supported');
  const size = readLe32(blob, blob.length - 4);
  const out = new Uint8Array(size);
  let i = 10;
  let o = 0;
  for (;;) {
    const head = blob[i++];
    if ((head & 0b110) !== 0) throw new Error('gzip: only stored deflate blocks are supported');
    const len = blob[i] | (blob[i + 1] << 8);
    i += 4;
    out.set(blob.subarray(i, i + len), o);
    i += len;
    o += len;
    if (head & 1) break;
  }
  if (crc32(out) !== readLe32(blob, blob.length - 8)) throw new Error('gzip: checksum mismatch');
  return out;
}

function writeLe32(out: Uint8Array, at: number, value: number): void {
  out[at] = value & 0xff;
  out[at + 1] = (value >>> 8) & 0xff;
  out[at + 2] = (value >>> 16) & 0xff;
  out[at + 3] = (value >>> 24) & 0xff;
}

function readLe32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}
