/**
 * The engine's only source of randomness: a seeded generator (sfc32 seeded through
 * splitmix32), so the same seed gives the same container IDs, names and ports.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** `bytes` random bytes as lowercase hex (2 × bytes characters). */
  hex(bytes: number): string;
  pick<T>(items: readonly T[]): T;
}

function splitmix32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
    t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init(), b = init(), c = init(), d = init();
  const next32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  const rng: Rng = {
    next: () => next32() / 4294967296,
    int: (n) => Math.floor(rng.next() * n),
    hex: (bytes) => {
      let s = '';
      for (let i = 0; i < bytes; i++) s += (next32() & 0xff).toString(16).padStart(2, '0');
      return s;
    },
    pick: (items) => items[rng.int(items.length)],
  };
  return rng;
}
