import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMPTY_LAYER_DIFF_ID, chainIds, diffIdOf } from '../../../src/engine/layer/ids.ts';
import { writeTar } from '../../../src/engine/layer/tar.ts';
import type { Digest } from '../../../src/engine/util/digest.ts';

const sha = (s: string): Digest => `sha256:${createHash('sha256').update(s).digest('hex')}`;

describe('layer ids', () => {
  it('the DiffID of an empty tar is Docker empty-layer constant', () => {
    expect(diffIdOf(writeTar([]))).toBe(EMPTY_LAYER_DIFF_ID);
  });

  it('the DiffID is the sha256 of the uncompressed tar bytes', () => {
    const tar = writeTar([
      { path: 'a', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: new Uint8Array([1]) },
    ]);
    expect(diffIdOf(tar)).toBe(`sha256:${createHash('sha256').update(tar).digest('hex')}`);
  });

  it('ChainID(L1) is DiffID(L1) and ChainID(Ln) hashes "ChainID(Ln-1) DiffID(Ln)" with prefixes', () => {
    const d1 = sha('layer one');
    const d2 = sha('layer two');
    const d3 = sha('layer three');
    // Worked example, written out as moby's layer.CreateChainID computes it.
    const c2 = sha(`${d1} ${d2}`);
    const c3 = sha(`${c2} ${d3}`);
    expect(chainIds([d1, d2, d3])).toEqual([d1, c2, c3]);
    expect(c2).toBe(sha(`sha256:${d1.slice(7)} sha256:${d2.slice(7)}`));
  });

  it('the same layer on a different parent gets a different ChainID', () => {
    const [a, b, c] = [sha('a'), sha('b'), sha('c')];
    expect(chainIds([a, c])[1]).not.toBe(chainIds([b, c])[1]);
    expect(chainIds([])).toEqual([]);
  });
});
