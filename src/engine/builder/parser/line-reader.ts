/**
 * Physical lines as BuildKit's scanner yields them: split on `\n`, each line knowing
 * whether it had a newline (heredoc bodies keep it), the UTF-8 BOM dropped from the
 * first line, and reading stopped at a line over 65535 bytes (Go's bufio.Scanner
 * limit). The parser reports that error only after what was read before it.
 */

export const MAX_LINE_BYTES = 65535;

export interface PhysicalLine {
  /** The line without its `\n` (a `\r` before it is kept; the parser trims it). */
  text: string;
  newline: boolean;
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    // 2 bytes below U+0800, 3 for the rest of the BMP, 4 for a surrogate pair (2 units).
    n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

export class LineReader {
  private pos = 0;
  private first = true;
  tooLong = false;

  constructor(private readonly text: string) {}

  next(): PhysicalLine | null {
    if (this.tooLong || this.pos >= this.text.length) return null;
    const nl = this.text.indexOf('\n', this.pos);
    const end = nl < 0 ? this.text.length : nl;
    let text = this.text.slice(this.pos, end);
    this.pos = nl < 0 ? this.text.length : nl + 1;
    if (utf8Length(text) > MAX_LINE_BYTES) {
      this.tooLong = true;
      return null;
    }
    if (this.first && text.startsWith('\uFEFF')) text = text.slice(1);
    this.first = false;
    return { text, newline: nl >= 0 };
  }
}

/** BuildKit trimNewline: drop every trailing `\r` and `\n` (a loop: `[\r\n]+$` backtracks quadratically). */
export function trimNewline(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '\r' || s[end - 1] === '\n')) end--;
  return s.slice(0, end);
}
