/**
 * Go's time.ParseDuration (`1h30m`, `1.5s`, `300ms`, `-2us`), returning nanoseconds,
 * with Go's error texts: HEALTHCHECK flags report them verbatim.
 */
import { invalidParameter } from '../../errdefs.ts';
import { goQuote } from '../parser/go-quote.ts';

const units: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5 micro sign
  'μs': 1e3, // U+03BC Greek mu
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

const MAX_DURATION = 2 ** 63 - 1;

export function parseGoDuration(input: string): number {
  const invalid = () => invalidParameter(`time: invalid duration ${goQuote(input)}`);
  let s = input;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw invalid();
  let total = 0;
  while (s !== '') {
    if (!(s[0] === '.' || (s[0] >= '0' && s[0] <= '9'))) throw invalid();
    const intPart = /^[0-9]*/.exec(s)![0];
    s = s.slice(intPart.length);
    let frac = '';
    if (s.startsWith('.')) {
      s = s.slice(1);
      frac = /^[0-9]*/.exec(s)![0];
      s = s.slice(frac.length);
    }
    if (intPart === '' && frac === '') throw invalid(); // "." or ".s"
    const unitMatch = /^[^0-9.]*/.exec(s)![0];
    if (unitMatch === '') throw invalidParameter(`time: missing unit in duration ${goQuote(input)}`);
    s = s.slice(unitMatch.length);
    const unit = units[unitMatch];
    if (unit === undefined) throw invalidParameter(`time: unknown unit ${goQuote(unitMatch)} in duration ${goQuote(input)}`);
    total += Number(intPart || '0') * unit + (frac === '' ? 0 : Number('0.' + frac) * unit);
    if (total > MAX_DURATION) throw invalid();
  }
  return neg ? -total : total;
}

/** Go's Duration.String for the values HEALTHCHECK messages need (`1ms`, `30s`, `1m30s`). */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  let v = Math.abs(ns);
  if (v < 1e3) return `${sign}${v}ns`;
  if (v < 1e6) return `${sign}${trimZeros(v / 1e3)}µs`;
  if (v < 1e9) return `${sign}${trimZeros(v / 1e6)}ms`;
  let out = '';
  const h = Math.floor(v / 3600e9);
  v -= h * 3600e9;
  const m = Math.floor(v / 60e9);
  v -= m * 60e9;
  if (h > 0) out += `${h}h`;
  if (h > 0 || m > 0) out += `${m}m`;
  return `${sign}${out}${trimZeros(v / 1e9)}s`;
}

function trimZeros(n: number): string {
  return String(Number(n.toFixed(9)));
}
