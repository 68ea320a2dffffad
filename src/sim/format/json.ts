/**
 * Go encoding/json output for JavaScript values: what `docker inspect` prints
 * (`json.MarshalIndent` with four spaces) and what `{{json}}` prints in templates.
 * Plain objects keep their key order (Go structs marshal in field order); `Map`s are
 * sorted by key (Go maps are). Strings are escaped as Go does: `<`, `>`, `&` become
 * `\u003c` etc. unless `escapeHTML` is false, U+2028/U+2029 always.
 */
import { rfc3339Nano } from '../../engine/util/gotime.ts';

export interface GoJsonOptions {
  /** Indent unit, e.g. four spaces for `docker inspect`; none for compact output. */
  indent?: string;
  /** json.Marshal escapes HTML characters; the template `json` func's Encoder does not. */
  escapeHTML?: boolean;
  /** Sort plain-object keys too (a Go map, or a formatter context's MarshalJSON). */
  sortKeys?: boolean;
}

const shortEscapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function quote(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (shortEscapes[c]) out += shortEscapes[c];
    else if (code < 0x20 || code === 0x2028 || code === 0x2029 || (escapeHTML && (c === '<' || c === '>' || c === '&'))) {
      out += '\\u' + code.toString(16).padStart(4, '0');
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        out += c + s[i + 1];
        i++;
      } else out += '\\ufffd'; // Go replaces invalid UTF-8 (here: a lone surrogate)
    } else out += c;
  }
  return out + '"';
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  // Go uses exponent form below 1e-6 and from 1e21, with a two-digit minimum exponent trimmed.
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) return n.toExponential().replace(/e([+-])(\d)$/, 'e$10$2').replace(/e([+-])0(\d)$/, 'e$1$2');
  return String(n);
}

/**
 * Go `json.Marshal` (or `MarshalIndent(v, "", indent)`) of a JavaScript value.
 * @example goJson({ a: '<b>', n: [] }) === '{"a":"\\u003cb\\u003e","n":[]}'
 * @example goJson([{ Id: 'x' }], { indent: '    ' }) === '[\n    {\n        "Id": "x"\n    }\n]'
 */
export function goJson(value: unknown, options: GoJsonOptions = {}): string {
  const escapeHTML = options.escapeHTML ?? true;
  const indent = options.indent ?? '';
  const nl = (depth: number) => (indent ? '\n' + indent.repeat(depth) : '');
  const sep = indent ? ': ' : ':';

  const encode = (v: unknown, depth: number): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return quote(v, escapeHTML);
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (v instanceof Date) return quote(rfc3339Nano(v.getTime()), escapeHTML);
    if (v instanceof Uint8Array) return quote(btoa(String.fromCharCode(...v)), escapeHTML); // Go []byte is base64
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return '[' + v.map((x) => nl(depth + 1) + encode(x, depth + 1)).join(',') + nl(depth) + ']';
    }
    let entries: [string, unknown][];
    if (v instanceof Map) entries = [...v.entries()].map(([k, x]) => [String(k), x] as [string, unknown]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    else {
      if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return encode((v as { toJSON: () => unknown }).toJSON(), depth);
      entries = Object.entries(v as object).filter(([, x]) => x !== undefined && typeof x !== 'function');
      if (options.sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    }
    if (entries.length === 0) return '{}';
    return '{' + entries.map(([k, x]) => nl(depth + 1) + quote(k, escapeHTML) + sep + encode(x, depth + 1)).join(',') + nl(depth) + '}';
  };
  return encode(value, 0);
}
