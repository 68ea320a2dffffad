/**
 * The shell patterns of `${v#p}`, `${v%p}`, `${v/p/r}`: `*` any run, `?` one
 * character, `\` escaping `*`, `?`, `\` (and `}` or `/`, whose backslash is dropped).
 * BuildKit turns them into Go regular expressions; RE2 never backtracks, so a JS
 * RegExp could hang where Go does not. This matcher simulates all positions at once
 * (O(value × pattern)) with a step budget, giving RE2's leftmost-first answers:
 * greedy = longest match from the leftmost start, lazy = shortest. Like Go's `.`,
 * no wildcard matches a newline.
 */
import { invalidParameter } from '../../errdefs.ts';

type Token = { kind: 'star' } | { kind: 'any' } | { kind: 'lit'; ch: string };

/** Total simulation steps allowed per expansion: beyond it the pattern is refused, never a hang. */
export const PATTERN_STEP_BUDGET = 50_000_000;

export class PatternBudget {
  steps = 0;
  spend(n: number): void {
    this.steps += n;
    if (this.steps > PATTERN_STEP_BUDGET) throw invalidParameter('pattern matching in substitution is too expensive');
  }
}

/** Thrown for a malformed pattern; the caller adds BuildKit's `invalid pattern (p) in substitution: ` prefix. */
export class PatternError extends Error {}

export function tokenize(pattern: string): Token[] {
  const chars = Array.from(pattern);
  const out: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') out.push({ kind: 'star' });
    else if (ch === '?') out.push({ kind: 'any' });
    else if (ch === '\\') {
      const next = chars[i + 1];
      if (next === '}' || next === '/') continue;
      if (next !== '*' && next !== '?' && next !== '\\') throw new PatternError(`invalid escape '\\${next ?? '\uFFFD'}'`);
      out.push({ kind: 'lit', ch: next });
      i++;
    } else out.push({ kind: 'lit', ch });
  }
  return out;
}

/**
 * Simulate the pattern over `value` from `from`. Each position holds the smallest
 * start that reaches it (-1: unreachable). Anchored: only `from` may start.
 */
function simulate(tokens: Token[], value: string[], from: number, anchored: boolean, budget: PatternBudget): Int32Array {
  const n = value.length;
  let cur = new Int32Array(n + 1).fill(-1);
  if (anchored) cur[from] = from;
  else for (let p = from; p <= n; p++) cur[p] = p;
  for (const tok of tokens) {
    budget.spend(n - from + 1);
    const next = new Int32Array(n + 1).fill(-1);
    if (tok.kind === 'star') {
      let carry = -1;
      for (let q = from; q <= n; q++) {
        if (cur[q] >= 0 && (carry < 0 || cur[q] < carry)) carry = cur[q];
        next[q] = carry;
        if (value[q] === '\n') carry = -1;
      }
    } else {
      for (let p = from; p < n; p++) {
        if (cur[p] < 0) continue;
        const ok = tok.kind === 'any' ? value[p] !== '\n' : value[p] === tok.ch;
        if (ok) next[p + 1] = cur[p];
      }
    }
    cur = next;
  }
  return cur;
}

/** The [start, end) of the leftmost match at or after `from`, or null. */
export function findMatch(
  tokens: Token[],
  value: string[],
  from: number,
  opts: { anchored: boolean; greedy: boolean },
  budget: PatternBudget,
): [number, number] | null {
  if (tokens.every((t) => t.kind === 'lit')) return findLiteral(tokens.map((t) => (t.kind === 'lit' ? t.ch : '')), value, from, opts.anchored);
  const reach = simulate(tokens, value, from, opts.anchored, budget);
  let start = -1;
  for (let q = from; q < reach.length; q++) if (reach[q] >= 0 && (start < 0 || reach[q] < start)) start = reach[q];
  if (start < 0) return null;
  let end = -1;
  for (let q = start; q < reach.length; q++) {
    if (reach[q] !== start) continue;
    end = q;
    if (!opts.greedy) break;
  }
  return [start, end];
}

/** A pattern without wildcards: a plain search, which stops at the first hit (linear over a replace-all). */
function findLiteral(lit: string[], value: string[], from: number, anchored: boolean): [number, number] | null {
  const last = anchored ? from : value.length - lit.length;
  outer: for (let s = from; s <= last; s++) {
    for (let k = 0; k < lit.length; k++) if (value[s + k] !== lit[k]) continue outer;
    return [s, s + lit.length];
  }
  return null;
}

/** Go's reversePattern: reverse the runes but keep each `\x` escape pair in order. */
export function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const outIdx = last - i;
    if (runes[i] === '\\' && i !== last) {
      out[outIdx - 1] = '\\';
      out[outIdx] = runes[i + 1];
      i += 2;
    } else {
      out[outIdx] = runes[i];
      i++;
    }
  }
  return out.join('');
}

/** `${v#p}` / `${v##p}`: remove the shortest / longest matching prefix. */
export function trimPrefix(pattern: string, value: string, greedy: boolean, budget: PatternBudget): string {
  const chars = Array.from(value);
  const m = findMatch(tokenize(pattern), chars, 0, { anchored: true, greedy }, budget);
  return m ? chars.slice(m[1]).join('') : value;
}

/** `${v%p}` / `${v%%p}`: as BuildKit, trim the prefix of the reversed value with the reversed pattern. */
export function trimSuffix(pattern: string, value: string, greedy: boolean, budget: PatternBudget): string {
  const reversed = Array.from(value).reverse().join('');
  return Array.from(trimPrefix(reversePattern(pattern), reversed, greedy, budget)).reverse().join('');
}
