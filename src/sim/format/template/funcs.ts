/**
 * The functions a `--format` template can call: Go's text/template builtins
 * (`and`, `or`, `not`, `len`, `index`, `print*`, comparisons) and the docker CLI's
 * additions from cli/templates (`json`, `split`, `join`, `title`, `lower`, `upper`,
 * `pad`, `truncate`). The CLI renders table headers with the same template but a
 * second function set that returns its argument unchanged (HeaderFunctions).
 */
import { goJson } from '../json.ts';
import { goQuote } from '../strings.ts';
import { goTypeName, isTrue, printValue } from './value.ts';

export type TemplateFunc = (...args: unknown[]) => unknown;

function wantString(v: unknown): string {
  if (typeof v !== 'string') throw new Error(`wrong type for value; expected string; got ${goTypeName(v)}`);
  return v;
}

function wantInt(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error(`wrong type for value; expected int; got ${goTypeName(v)}`);
  return v;
}

/** strings.Title: upper-case the first letter of every word (ASCII word boundaries). */
function title(s: string): string {
  return s.replace(/(^|[^A-Za-z0-9_'])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += printValue(a);
  });
  return out;
}

/** A small fmt.Sprintf: %s %v %d %q %t %%, with optional width. */
function sprintf(format: string, args: unknown[]): string {
  let k = 0;
  return format.replace(/%(-?\d*)([svdqtx%])/g, (_m, width: string, verb: string) => {
    if (verb === '%') return '%';
    const a = args[k++];
    let s = verb === 'q' ? goQuote(String(a)) : verb === 'x' ? (typeof a === 'number' ? a.toString(16) : [...new TextEncoder().encode(String(a))].map((b) => b.toString(16).padStart(2, '0')).join('')) : printValue(a);
    const w = Math.abs(Number(width || 0));
    if (s.length < w) s = width.startsWith('-') ? s.padEnd(w) : s.padStart(w);
    return s;
  });
}

function index(item: unknown, ...keys: unknown[]): unknown {
  let v = item;
  for (const key of keys) {
    if (v === null || v === undefined) throw new Error('index of untyped nil');
    if (Array.isArray(v) || typeof v === 'string') {
      const i = wantInt(key);
      if (i < 0 || i >= v.length) throw new Error(`index out of range: ${i}`);
      v = typeof v === 'string' ? v.charCodeAt(i) : v[i];
    } else if (v instanceof Map) v = v.has(key) ? v.get(key) : undefined;
    else if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      v = Object.prototype.hasOwnProperty.call(o, String(key)) ? o[String(key)] : undefined;
    } else throw new Error(`can't index item of type ${goTypeName(v)}`);
  }
  // A missing key of a map[string]string gives the zero value.
  return v === undefined ? '' : v;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) throw new Error('incompatible types for comparison');
  if (typeof a === 'number' || typeof a === 'string') return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  throw new Error('invalid type for comparison');
}

export const builtinFuncs: Record<string, TemplateFunc> = {
  and: (...args) => args.find((a) => !isTrue(a)) ?? args[args.length - 1],
  or: (...args) => args.find((a) => isTrue(a)) ?? args[args.length - 1],
  not: (a) => !isTrue(a),
  len: (a) => {
    if (typeof a === 'string' || Array.isArray(a)) return a.length;
    if (a instanceof Map) return a.size;
    if (a && typeof a === 'object') return Object.keys(a).length;
    throw new Error(`len of type ${goTypeName(a)}`);
  },
  index,
  print: (...args) => sprint(args),
  println: (...args) => args.map(printValue).join(' ') + '\n',
  printf: (format, ...args) => sprintf(wantString(format), args),
  eq: (a, ...bs) => bs.some((b) => a === b),
  ne: (a, b) => a !== b,
  lt: (a, b) => compare(a, b) < 0,
  le: (a, b) => compare(a, b) <= 0,
  gt: (a, b) => compare(a, b) > 0,
  ge: (a, b) => compare(a, b) >= 0,
  slice: (item, ...ix) => {
    if (typeof item !== 'string' && !Array.isArray(item)) throw new Error(`can't slice item of type ${goTypeName(item)}`);
    const [from = 0, to = item.length] = ix.map(wantInt);
    return item.slice(from, to);
  },
  // docker/cli templates.basicFunctions
  json: (v) => goJson(v, { escapeHTML: false }),
  split: (s, sep) => wantString(s).split(wantString(sep)),
  join: (list, sep) => {
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new Error(`wrong type for value; expected []string; got ${goTypeName(list)}`);
    return list.join(wantString(sep));
  },
  title: (s) => title(wantString(s)),
  lower: (s) => wantString(s).toLowerCase(),
  upper: (s) => wantString(s).toUpperCase(),
  pad: (s, prefix, suffix) => (wantString(s) === '' ? '' : ' '.repeat(wantInt(prefix)) + s + ' '.repeat(wantInt(suffix))),
  truncate: (s, n) => {
    const str = wantString(s);
    const len = wantInt(n);
    return str.length < len ? str : str.slice(0, len);
  },
};

const identity: TemplateFunc = (v) => v;

/** cli/templates.HeaderFunctions: a table header keeps its column names. */
export const headerFuncs: Record<string, TemplateFunc> = {
  ...builtinFuncs,
  json: identity,
  split: identity,
  join: identity,
  title: identity,
  lower: identity,
  upper: identity,
  truncate: identity,
};
