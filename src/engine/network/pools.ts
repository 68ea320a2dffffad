/**
 * Docker's default local address pools (libnetwork ipamutils): fifteen /16s from
 * 172.17.0.0 to 172.31.0.0, then 192.168.0.0/16 cut into /20s. A network without
 * `--subnet` gets the first block that overlaps no existing network, so the default
 * bridge holds 172.17.0.0/16, the first user network 172.18.0.0/16, the next
 * 172.19.0.0/16, and a freed block is handed out again.
 */
import { overlaps, type Cidr } from './cidr.ts';

function* predefinedBlocks(): Generator<Cidr> {
  for (let second = 17; second <= 31; second++) yield { base: ((172 << 24) | (second << 16)) >>> 0, bits: 16 };
  for (let third = 0; third < 256; third += 16) yield { base: ((192 << 24) | (168 << 16) | (third << 8)) >>> 0, bits: 20 };
}

/** The first predefined block free of every subnet in `taken`, or undefined when all are used. */
export function allocateSubnet(taken: readonly Cidr[]): Cidr | undefined {
  for (const block of predefinedBlocks()) {
    if (!taken.some((t) => overlaps(t, block))) return block;
  }
  return undefined;
}
