/**
 * Reads one word of shell source into its parts: quotes, backslashes, `$name`,
 * `${…}`, `$(…)`, backticks, `$((…))` and `~`. The same reader handles the inside of
 * `${x:-…}` (mode `brace`, ends at `}`) and here-document bodies (mode `heredoc`, where
 * quotes are ordinary characters). Command substitutions are parsed by a callback into
 * the parser, so `$(case … esac)` with its `)` needs no guessing.
 */
import type { ListNode, ParamOp, Word, WordPart } from './ast.ts';
import { ShellSyntaxError } from './errors.ts';

export type WordMode = 'normal' | 'brace' | 'heredoc';
/** Parses a command list starting at `pos` up to its closing `)`; returns the position after it. */
export type SubParser = (src: string, pos: number) => { body: ListNode; end: number };

const metachars = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const specialParams = new Set(['@', '*', '#', '?', '$', '!', '-', '0']);
const paramOps: ParamOp[] = [':-', ':=', ':?', ':+', '##', '%%', '-', '=', '?', '+', '#', '%', ':'];

export function isNameStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}

export class WordReader {
  private parts: WordPart[] = [];
  pos: number;

  constructor(
    private readonly src: string,
    start: number,
    private readonly mode: WordMode,
    private readonly sub: SubParser,
  ) {
    this.pos = start;
  }

  /** Read the word; `end` is where it stopped (a metachar, `}` or end of text). */
  read(): { word: Word; end: number } {
    const start = this.pos;
    if (this.mode === 'normal' && this.src[this.pos] === '~') this.readTilde();
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (this.mode === 'normal' && metachars.has(c)) break;
      if (this.mode === 'brace' && c === '}') break;
      if (c === '\\') this.readBackslash(false);
      else if (c === "'" && this.mode !== 'heredoc') this.readSingle();
      else if (c === '"' && this.mode !== 'heredoc') this.readDouble();
      else if (c === '$') this.readDollar(false);
      else if (c === '`') this.readBacktick(false);
      else this.text(c, false, 1);
    }
    return { word: { parts: this.parts, raw: this.src.slice(start, this.pos) }, end: this.pos };
  }

  private text(text: string, quoted: boolean, advance: number): void {
    this.pos += advance;
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === 'text' && last.quoted === quoted) last.text += text;
    else this.parts.push({ kind: 'text', text, quoted });
  }

  private readTilde(): void {
    let end = this.pos + 1;
    while (end < this.src.length && !metachars.has(this.src[end]) && this.src[end] !== '/') end++;
    const user = this.src.slice(this.pos + 1, end);
    if (!/^[A-Za-z0-9_.-]*$/.test(user)) return;
    this.parts.push({ kind: 'tilde', user });
    this.pos = end;
  }

  private readBackslash(inDouble: boolean): void {
    const next = this.src[this.pos + 1];
    if (next === undefined) return this.text('\\', false, 1);
    if (next === '\n') {
      this.pos += 2;
      return;
    }
    const escapable = this.mode === 'heredoc' || inDouble ? '$`"\\'.includes(next) && !(this.mode === 'heredoc' && next === '"') : true;
    if (escapable) this.text(next, true, 2);
    else this.text('\\' + next, true, 2);
  }

  private readSingle(): void {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) throw new ShellSyntaxError('unterminated quoted string', true);
    // An empty '' still yields a quoted (empty) part, so it makes a field.
    this.text(this.src.slice(this.pos + 1, end), true, end + 1 - this.pos);
  }

  private readDouble(): void {
    this.pos++;
    const before = this.parts.length;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw new ShellSyntaxError('unterminated quoted string', true);
      if (c === '"') {
        this.pos++;
        // "" still makes an (empty) field; "$@" with no parameters makes none.
        if (this.parts.length === before) this.parts.push({ kind: 'text', text: '', quoted: true });
        return;
      }
      if (c === '\\') this.readBackslash(true);
      else if (c === '$') this.readDollar(true);
      else if (c === '`') this.readBacktick(true);
      else this.text(c, true, 1);
    }
  }

  private readDollar(quoted: boolean): void {
    const src = this.src;
    const next = src[this.pos + 1];
    if (next === '(' && src[this.pos + 2] === '(') return this.readArith(quoted);
    if (next === '(') {
      const { body, end } = this.sub(src, this.pos + 2);
      this.parts.push({ kind: 'command', body, quoted });
      this.pos = end;
      return;
    }
    if (next === '{') return this.readBrace(quoted);
    if (isNameStart(next)) {
      let end = this.pos + 1;
      while (end < src.length && /[A-Za-z0-9_]/.test(src[end])) end++;
      this.parts.push({ kind: 'param', name: src.slice(this.pos + 1, end), quoted });
      this.pos = end;
      return;
    }
    if (next !== undefined && (/[0-9]/.test(next) || specialParams.has(next))) {
      this.parts.push({ kind: 'param', name: next, quoted });
      this.pos += 2;
      return;
    }
    this.text('$', quoted, 1);
  }

  private readArith(quoted: boolean): void {
    let depth = 0;
    let at = this.pos + 3;
    for (; at < this.src.length; at++) {
      const c = this.src[at];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    if (this.src[at] !== ')' || this.src[at + 1] !== ')') throw new ShellSyntaxError('unexpected end of file (expecting "))")', true);
    const inner = new WordReader(this.src.slice(this.pos + 3, at), 0, 'heredoc', this.sub).read();
    this.parts.push({ kind: 'arith', expr: inner.word, quoted });
    this.pos = at + 2;
  }

  private readBrace(quoted: boolean): void {
    const src = this.src;
    let at = this.pos + 2;
    let length = false;
    if (src[at] === '#' && src[at + 1] !== '}') {
      length = true;
      at++;
    }
    let end = at;
    if (isNameStart(src[at])) while (end < src.length && /[A-Za-z0-9_]/.test(src[end])) end++;
    else if (/[0-9]/.test(src[at] ?? '')) while (/[0-9]/.test(src[end] ?? '')) end++;
    else if (specialParams.has(src[at])) end++;
    // bash arrays: ${name[0]}, ${name[@]}, ${#name[@]}.
    if (src[end] === '[' && isNameStart(src[at])) {
      const close = src.indexOf(']', end);
      if (close < 0) throw new ShellSyntaxError('bad substitution');
      end = close + 1;
    }
    const name = src.slice(at, end);
    if (name === '') throw new ShellSyntaxError('bad substitution');
    if (length) {
      if (src[end] !== '}') throw new ShellSyntaxError('bad substitution');
      this.parts.push({ kind: 'length', name, quoted });
      this.pos = end + 1;
      return;
    }
    if (src[end] === '}') {
      this.parts.push({ kind: 'param', name, quoted });
      this.pos = end + 1;
      return;
    }
    const op = paramOps.find((candidate) => src.startsWith(candidate, end));
    if (!op) throw new ShellSyntaxError(end >= src.length ? 'unexpected end of file' : 'bad substitution', end >= src.length);
    const inner = new WordReader(src, end + op.length, 'brace', this.sub).read();
    if (src[inner.end] !== '}') throw new ShellSyntaxError('unexpected end of file (expecting "}")', true);
    // Inside "${x%pat}" the pattern keeps its glob characters; other operands are quoted text.
    const arg = quoted && !op.startsWith('#') && !op.startsWith('%') && op !== ':' ? markQuoted(inner.word) : inner.word;
    this.parts.push({ kind: 'param', name, op, arg, quoted });
    this.pos = inner.end + 1;
  }

  private readBacktick(quoted: boolean): void {
    let at = this.pos + 1;
    let body = '';
    for (; at < this.src.length && this.src[at] !== '`'; at++) {
      if (this.src[at] === '\\' && '`$\\'.includes(this.src[at + 1] ?? '')) at++;
      body += this.src[at];
    }
    if (at >= this.src.length) throw new ShellSyntaxError('unterminated quoted string', true);
    const { body: list } = this.sub(body + ')', 0);
    this.parts.push({ kind: 'command', body: list, quoted });
    this.pos = at + 1;
  }
}

function markQuoted(word: Word): Word {
  return { raw: word.raw, parts: word.parts.map((p) => (p.kind === 'tilde' ? { kind: 'text', text: '~' + p.user, quoted: true } : { ...p, quoted: true })) };
}

/** The word's text when it is one unquoted literal (reserved words, names), else undefined. */
export function literalOf(word: Word): string | undefined {
  if (word.parts.length !== 1) return undefined;
  const part = word.parts[0];
  return part.kind === 'text' && !part.quoted ? part.text : undefined;
}
