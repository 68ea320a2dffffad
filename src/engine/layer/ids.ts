/**
 * Layer identifiers, as moby's layer package computes them. A DiffID names one
 * layer's content (sha256 of its uncompressed tar); a ChainID names a layer together
 * with everything beneath it, so the same tar on two different parents gives two
 * different ChainIDs — the key under which a stacked root filesystem is cached.
 */
import { digestOf } from '../util/digest.ts';
import type { Digest } from '../util/digest.ts';

/** sha256 of an empty layer tar (1024 zero bytes): `docker history` shows it for ENV, CMD, … steps. */
export const EMPTY_LAYER_DIFF_ID: Digest =
  'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

/** The DiffID of an uncompressed layer tar. */
export function diffIdOf(tar: Uint8Array): Digest {
  return digestOf(tar);
}

/**
 * ChainID(L1) = DiffID(L1); ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln)),
 * the hashed string keeping both `sha256:` prefixes (moby layer.CreateChainID).
 * @example chainIds([a, b]) → [a, digestOf(`${a} ${b}`)]
 */
export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const out: Digest[] = [];
  for (const diffId of diffIds) {
    out.push(out.length === 0 ? diffId : digestOf(`${out[out.length - 1]} ${diffId}`));
  }
  return out;
}
