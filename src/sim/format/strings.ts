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

// Go's strconv.Quote: one implementation for the engine (Dockerfile dumps, BuildKit
// errors) and the CLI (COMMAND column, templates).
export { goQuote } from '../../engine/builder/parser/go-quote.ts';

/**
 * stringid.TruncateID: drop everything up to the first `:`, keep 12 characters.
 * @example truncateId('sha256:85bb50361186aaaa') === '85bb50361186'
 */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  return (i >= 0 ? id.slice(i + 1) : id).slice(0, 12);
}
