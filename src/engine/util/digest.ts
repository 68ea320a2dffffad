/**
 * Content addressing: real sha256 over real bytes. Synchronous (noble's pure-JS sha256)
 * so the engine stays deterministic and identical in Node and the browser.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export type Digest = `sha256:${string}`;

const encoder = new TextEncoder();

export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** Hex sha256 of the bytes (or UTF-8 of the string). */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(toBytes(data)));
}

/**
 * @example digestOf('') === 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function digestOf(data: Uint8Array | string): Digest {
  return `sha256:${sha256Hex(data)}`;
}

export function isDigest(s: string): s is Digest {
  return /^sha256:[a-f0-9]{64}$/.test(s);
}

/** Docker's stringid.TruncateID: drop up to the first ':' then keep 12 characters. */
export function shortId(id: string): string {
  const i = id.indexOf(':');
  return (i >= 0 ? id.slice(i + 1) : id).slice(0, 12);
}
