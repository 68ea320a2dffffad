/**
 * `util` inside the sandbox: `format` (console.log's `%s %d %i %f %j %o %O %%`) and an
 * `inspect` close to node's for what learners print: strings quoted inside objects,
 * `{ a: 1 }` and `[ 1, 2 ]` on one line when short, two-space indented otherwise,
 * `[Object]` past depth 2, `[Function: name]`, `[Circular *1]`, Map, Set, Date, Error.
 * The source is JavaScript evaluated in QuickJS as the body of a CommonJS module.
 */
export const utilSource = String.raw`
const quote = (s) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
const keyName = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));

function inspect(value, options) {
  const depth = options && options.depth !== undefined ? options.depth : 2;
  const seen = [];
  return show(value, depth, 0, seen);
}

function show(v, depth, level, seen) {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'string': return quote(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return v + 'n';
    case 'boolean': return String(v);
    case 'symbol': return v.toString();
    case 'function': {
      const isClass = /^class[\s{]/.test(Function.prototype.toString.call(v));
      return isClass ? '[class ' + (v.name || '(anonymous)') + ']' : '[Function: ' + (v.name || '(anonymous)') + ']';
    }
  }
  if (seen.includes(v)) return '[Circular *1]';
  if (v instanceof Error) return v.stack ? v.name + ': ' + v.message + '\n' + v.stack.replace(/\n$/, '') : String(v);
  if (v instanceof Date) return isNaN(v) ? 'Invalid Date' : v.toISOString();
  if (v instanceof RegExp) return String(v);
  if (typeof Buffer !== 'undefined' && v instanceof Buffer) {
    const hex = Array.from(v.slice(0, 50), (b) => b.toString(16).padStart(2, '0'));
    return '<Buffer' + (hex.length ? ' ' + hex.join(' ') : '') + (v.length > 50 ? ' ... ' + (v.length - 50) + ' more bytes' : '') + '>';
  }
  const ctor = v.constructor && v.constructor.name;
  let open = '{', close = '}', prefix = '', items = [];
  if (level > depth) return Array.isArray(v) ? '[Array]' : '[' + (ctor || 'Object') + ']';
  seen.push(v);
  if (Array.isArray(v)) {
    open = '['; close = ']';
    if (ctor !== 'Array') prefix = ctor + '(' + v.length + ') ';
    for (let i = 0; i < v.length; i++) items.push(show(v[i], depth, level + 1, seen));
  } else if (v instanceof Map) {
    prefix = 'Map(' + v.size + ') ';
    for (const [k, x] of v) items.push(show(k, depth, level + 1, seen) + ' => ' + show(x, depth, level + 1, seen));
  } else if (v instanceof Set) {
    prefix = 'Set(' + v.size + ') ';
    for (const x of v) items.push(show(x, depth, level + 1, seen));
  } else {
    if (ctor && ctor !== 'Object') prefix = ctor + ' ';
    if (Object.getPrototypeOf(v) === null) prefix = '[Object: null prototype] ';
  }
  if (!Array.isArray(v)) {
    for (const k of Object.keys(v)) items.push(keyName(k) + ': ' + show(v[k], depth, level + 1, seen));
  }
  seen.pop();
  if (items.length === 0) return prefix + open + close;
  const single = prefix + open + ' ' + items.join(', ') + ' ' + close;
  if (single.length + level * 2 <= 72 && !single.includes('\n')) return single;
  const pad = '  '.repeat(level + 1);
  return prefix + open + '\n' + items.map((i) => pad + i).join(',\n') + '\n' + '  '.repeat(level) + close;
}

function format(...args) {
  let first = args[0];
  let rest = args.slice(1);
  let out = '';
  if (typeof first === 'string' && rest.length > 0 && first.includes('%')) {
    out = first.replace(/%([sdifjoOc%])/g, (m, c) => {
      if (c === '%') return '%';
      if (rest.length === 0) return m;
      const a = rest.shift();
      switch (c) {
        case 's': return typeof a === 'string' ? a : typeof a === 'object' && a !== null ? inspect(a, { depth: 1 }) : String(a);
        case 'd': case 'i': return typeof a === 'object' ? 'NaN' : String(c === 'i' ? Math.trunc(Number(a)) : Number(a));
        case 'f': return String(parseFloat(a));
        case 'j': try { return JSON.stringify(a); } catch (e) { return '[Circular]'; }
        case 'c': return '';
        default: return inspect(a, { depth: 4 });
      }
    });
    args = rest;
  } else {
    out = args.length ? (typeof first === 'string' ? first : inspect(first)) : '';
    args = rest;
  }
  for (const a of args) out += ' ' + (typeof a === 'string' ? a : inspect(a));
  return out;
}

function inherits(ctor, superCtor) {
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  Object.setPrototypeOf(ctor, superCtor);
}

function promisify(fn) {
  return (...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
}

module.exports = { format, inspect, inherits, promisify, types: { isDate: (d) => d instanceof Date }, isDeepStrictEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b) };
`;
