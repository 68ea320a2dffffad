/**
 * Just enough of node-semver for package.json ranges: exact versions, `^`, `~`, `x`
 * wildcards, comparators (`>=`, `<`, …), space-joined intersections and `||` unions.
 * The highest matching version wins, as npm picks it.
 */

type Version = [number, number, number];

function parse(v: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function cmp(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function partial(text: string): { parts: number[]; v: Version } {
  const parts = text.replace(/^v/, '').split('.').filter((p) => p !== '' && p !== 'x' && p !== '*' && p !== 'X').map(Number);
  return { parts, v: [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0] };
}

function comparator(c: string, v: Version): boolean {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(.*)$/.exec(c)!;
  const op = m[1] ?? '';
  const { parts, v: base } = partial(m[2]);
  if (m[2] === '' || m[2] === '*' || m[2] === 'x' || m[2] === 'latest') return true;
  const bump = (i: number): Version => (i === 0 ? [base[0] + 1, 0, 0] : i === 1 ? [base[0], base[1] + 1, 0] : [base[0], base[1], base[2] + 1]);
  switch (op) {
    case '^': {
      const i = base[0] > 0 || parts.length < 2 ? 0 : base[1] > 0 || parts.length < 3 ? 1 : 2;
      return cmp(v, base) >= 0 && cmp(v, bump(i)) < 0;
    }
    case '~':
      return cmp(v, base) >= 0 && cmp(v, bump(parts.length < 2 ? 0 : 1)) < 0;
    case '>=':
      return cmp(v, base) >= 0;
    case '>':
      return cmp(v, base) > 0;
    case '<=':
      return cmp(v, base) <= 0;
    case '<':
      return cmp(v, base) < 0;
    default:
      return parts.length === 3 ? cmp(v, base) === 0 : cmp(v, base) >= 0 && cmp(v, bump(parts.length - 1)) < 0;
  }
}

/** @example satisfies('4.19.2', '^4.18.0') // true */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  if (!v) return false;
  return range.split('||').some((set) => {
    const comps = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comps.length === 0 || comps.every((c) => comparator(c, v));
  });
}

/** The highest version satisfying the range, or undefined. */
export function maxSatisfying(versions: readonly string[], range: string): string | undefined {
  const ok = versions.filter((x) => satisfies(x, range)).sort((a, b) => cmp(parse(a)!, parse(b)!));
  return ok.at(-1);
}
