/**
 * IPv4 addresses and CIDR blocks as plain numbers, enough for IPAM: parsing Docker's
 * `--subnet`/`--gateway` strings, formatting, containment and overlap. IPv6 is not
 * modelled (EnableIPv6 networks are refused before they get here).
 */

export interface Cidr {
  /** The network address as an unsigned 32-bit number. */
  base: number;
  /** Prefix length, 0–32. */
  bits: number;
}

/** `172.18.0.2` → 0xac120002, or undefined when it is not a dotted quad. */
export function parseIp(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

export function formatIp(value: number): string {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join('.');
}

export function maskOf(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/**
 * Parses `a.b.c.d/n` without masking, so the caller can tell `10.0.0.1/24` (host bits
 * set, which Docker rejects) from `10.0.0.0/24`.
 */
export function parseCidr(text: string): { addr: number; bits: number } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = parseIp(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (addr === undefined || !/^\d{1,2}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > 32) return undefined;
  return { addr, bits };
}

export function masked(addr: number, bits: number): Cidr {
  return { base: (addr & maskOf(bits)) >>> 0, bits };
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIp(cidr.base)}/${cidr.bits}`;
}

export function size(cidr: Cidr): number {
  return 2 ** (32 - cidr.bits);
}

export function contains(cidr: Cidr, ip: number): boolean {
  return ((ip & maskOf(cidr.bits)) >>> 0) === cidr.base;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b.base) || contains(b, a.base);
}
