/**
 * The terminal's line discipline: one line being edited (text and cursor), the history
 * behind it, and the escape sequences that redraw it in xterm, wrap-aware. Pure — no
 * xterm, no session — so the keys a learner presses map to plain method calls.
 */

/** Columns a prompt takes on screen: its text without colour escapes. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '').length;
}

export class LineEditor {
  text = '';
  cursor = 0;
  /** Oldest first. */
  readonly history: string[];
  private historyIndex: number;
  /** What was being typed before walking up the history. */
  private draft = '';

  constructor(history: string[] = []) {
    this.history = [...history];
    this.historyIndex = this.history.length;
  }

  insert(chars: string): void {
    this.text = this.text.slice(0, this.cursor) + chars + this.text.slice(this.cursor);
    this.cursor += chars.length;
  }
  backspace(): void {
    if (this.cursor === 0) return;
    this.text = this.text.slice(0, this.cursor - 1) + this.text.slice(this.cursor);
    this.cursor--;
  }
  deleteForward(): void {
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.cursor + 1);
  }
  left(): void {
    this.cursor = Math.max(0, this.cursor - 1);
  }
  right(): void {
    this.cursor = Math.min(this.text.length, this.cursor + 1);
  }
  home(): void {
    this.cursor = 0;
  }
  end(): void {
    this.cursor = this.text.length;
  }
  /** Ctrl-U: delete from the start of the line to the cursor. */
  killToStart(): void {
    this.text = this.text.slice(this.cursor);
    this.cursor = 0;
  }
  /** Ctrl-K: delete from the cursor to the end of the line. */
  killToEnd(): void {
    this.text = this.text.slice(0, this.cursor);
  }
  /** Ctrl-W: delete the word before the cursor. */
  killWord(): void {
    const before = this.text.slice(0, this.cursor).replace(/\S+\s*$/, '');
    this.text = before + this.text.slice(this.cursor);
    this.cursor = before.length;
  }
  historyUp(): void {
    if (this.historyIndex === 0) return;
    if (this.historyIndex === this.history.length) this.draft = this.text;
    this.historyIndex--;
    this.show(this.history[this.historyIndex]);
  }
  historyDown(): void {
    if (this.historyIndex >= this.history.length) return;
    this.historyIndex++;
    this.show(this.historyIndex === this.history.length ? this.draft : this.history[this.historyIndex]);
  }
  /** Enter: hands back the line and starts a fresh one. */
  accept(): string {
    const line = this.text;
    this.clear();
    return line;
  }
  /** Add a finished command to the history (bash skips blanks and immediate repeats). */
  remember(command: string): void {
    if (command.trim() === '' || this.history[this.history.length - 1] === command) {
      this.historyIndex = this.history.length;
      return;
    }
    this.history.push(command);
    if (this.history.length > 1000) this.history.shift();
    this.historyIndex = this.history.length;
  }
  clear(): void {
    this.text = '';
    this.cursor = 0;
    this.draft = '';
    this.historyIndex = this.history.length;
  }
  private show(text: string): void {
    this.text = text;
    this.cursor = text.length;
  }
}

/**
 * Escape sequences that repaint prompt + line from wherever the cursor was (given as its
 * offset into the line before the change) and leave the cursor at `editor.cursor`.
 */
export function redraw(prompt: string, editor: LineEditor, previousCursor: number, columns: number): string {
  const p = visibleLength(prompt);
  const rowOf = (offset: number) => Math.floor((p + offset) / columns);
  let out = '';
  const up = rowOf(previousCursor);
  if (up > 0) out += `\x1b[${up}A`;
  out += `\r\x1b[J${prompt}${editor.text}`;
  const endOffset = editor.text.length;
  // At an exact multiple of the width xterm waits to wrap; force the wrap so rows add up.
  if ((p + endOffset) % columns === 0 && p + endOffset > 0) out += ' \r';
  const back = rowOf(endOffset) - rowOf(editor.cursor);
  if (back > 0) out += `\x1b[${back}A`;
  const col = (p + editor.cursor) % columns;
  out += `\r${col > 0 ? `\x1b[${col}C` : ''}`;
  return out;
}
