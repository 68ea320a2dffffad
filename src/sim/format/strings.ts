/**
 * Small string helpers of the docker CLI's formatters: display-width truncation with
 * an ellipsis (formatter.Ellipsis), Go's strconv.Quote (COMMAND column), and
 * stringid.TruncateID (12-hex IDs).
 */
import { charWidth } from './width.ts';

/**
 * docker/cli `formatter.Ellipsis`: cut to `width` display columns, the last one `…`.
 * Width 1 returns the first character even if it is wide; width ≤ 0 returns ''.
 * @example ellipsis('docker-entrypoint.sh mysqld', 20) === 'docker-entrypoint.s…'
 */
export function ellipsis(s: string, width: number): string {
  if (width <= 0) return '';
  const runes = Array.from(s);
  if (width === 1) return runes[0] ?? '';
  const widths = runes.map((r) => charWidth(r.codePointAt(0) ?? 0));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= width) return s;
  let acc = 0;
  let kept = 0;
  for (; kept < runes.length; kept++) {
    if (acc + widths[kept] > width - 1) break;
    acc += widths[kept];
  }
  // Upstream finds no cut point when the first character alone is too wide, and then
  // returns the string unchanged; kept as is.
  if (kept === 0) return s;
  return runes.slice(0, kept).join('') + '…';
}

const escapes: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', '"': '\\"',
};

function isPrintable(cp: number): boolean {
  // Go's unicode.IsPrint: the C0/C1 controls, surrogates and a few format characters are not.
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false;
  if (cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) || cp === 0xfeff) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return true;
}

/**
 * Go `strconv.Quote`: double quotes, `\"` and `\\`, Go escapes for controls,
 * printable Unicode kept as is.
 * @example goQuote('echo "hi"') === '"echo \\"hi\\""'
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (escapes[ch]) out += escapes[ch];
    else if (isPrintable(cp)) out += ch;
    else if (cp < 0x10000) out += cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out + '"';
}

/**
 * stringid.TruncateID: drop everything up to the first `:`, keep 12 characters.
 * @example truncateId('sha256:85bb50361186aaaa') === '85bb50361186'
 */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  return (i >= 0 ? id.slice(i + 1) : id).slice(0, 12);
}
