/**
 * Go string helpers. strconv.Quote, so that dumps and error messages quote strings byte-for-byte as
 * BuildKit does (`(run "echo \"hi\"")`, `failed to process "${}"`). The boundary: only
 * the quoting rules Go applies to valid UTF-8 text; JS strings cannot carry invalid bytes.
 */

const named: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Quote `s` as Go's `strconv.Quote` (and `%q`) does. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const esc = named[ch];
    if (esc !== undefined) {
      out += esc;
      continue;
    }
    if (printable.test(ch)) {
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}

/** Go's `%q` of a []string: `["a" "b"]`. */
export function goQuoteList(list: readonly string[]): string {
  return '[' + list.map(goQuote).join(' ') + ']';
}

// Go's unicode.IsSpace. JS trim() differs: it also strips U+FEFF, which Go keeps.
const goSpaces = new Set(['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000']);
export const isGoSpace = (ch: string) => goSpaces.has(ch) || (ch >= '\u2000' && ch <= '\u200A');

/** Go's strings.TrimLeftFunc(s, unicode.IsSpace). */
export function goTrimLeft(s: string): string {
  let start = 0;
  while (start < s.length && isGoSpace(s[start])) start++;
  return s.slice(start);
}

/** Go's strings.TrimSpace, by scanning (a `\s+$` regex is quadratic on long runs). */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s[start])) start++;
  while (end > start && isGoSpace(s[end - 1])) end--;
  return s.slice(start, end);
}
