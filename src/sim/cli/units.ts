/**
 * Byte-size flag values (`-m 512m`, `--shm-size 64M`) as go-units RAMInBytes reads
 * them: binary multiples, optional `b`/`ib` suffix.
 */
const multipliers: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

export function parseBytes(s: string): number {
  if (s === '') return 0;
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
  if (!m) throw new Error(`invalid size: '${s}'`);
  return Math.trunc(Number(m[1]) * multipliers[(m[2] ?? '').toLowerCase()]);
}
