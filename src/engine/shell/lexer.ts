/**
 * Splits shell source into tokens on demand: words (see word.ts), operators, and
 * redirections with their optional fd number. Here-document bodies are read right after
 * the newline that ends the line their `<<` appeared on, which is why the parser
 * registers pending here-documents with the lexer.
 */
import type { Redirect, RedirectOp } from './ast.ts';
import { ShellSyntaxError } from './errors.ts';
import { WordReader } from './word.ts';
import type { SubParser } from './word.ts';
import type { Word } from './ast.ts';

export type Operator = ';' | '&' | '|' | '&&' | '||' | ';;' | '(' | ')' | '\n';

export type Token =
  | { type: 'word'; word: Word; pos: number }
  | { type: 'op'; op: Operator; pos: number }
  | { type: 'redir'; op: RedirectOp; fd?: number; pos: number }
  | { type: 'eof'; pos: number };

const operators: Operator[] = ['&&', '||', ';;', ';', '&', '|', '(', ')', '\n'];
const redirOps: RedirectOp[] = ['<<-', '<<', '<>', '<&', '>>', '>&', '>|', '<', '>'];

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  literal: boolean;
  stripTabs: boolean;
}

export class Lexer {
  pos: number;
  private peeked: Token | undefined;
  private heredocs: PendingHeredoc[] = [];

  constructor(
    readonly src: string,
    start: number,
    private readonly sub: SubParser,
  ) {
    this.pos = start;
  }

  peek(): Token {
    this.peeked ??= this.scan();
    return this.peeked;
  }

  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  /** 1-based line of a source position. */
  lineAt(pos: number): number {
    let line = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src[i] === '\n') line++;
    return line;
  }

  /** Register a `<<` whose body follows the next newline. */
  addHeredoc(redirect: Redirect, delimiter: Word): void {
    const literal = delimiter.parts.some((p) => p.kind === 'text' && p.quoted);
    const text = delimiter.parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'tilde' ? '~' + p.user : '')).join('');
    this.heredocs.push({ redirect, delimiter: literal ? text : delimiter.raw, literal, stripTabs: redirect.op === '<<-' });
  }

  get pendingHeredocs(): boolean {
    return this.heredocs.length > 0;
  }

  private scan(): Token {
    const src = this.src;
    for (;;) {
      while (src[this.pos] === ' ' || src[this.pos] === '\t') this.pos++;
      if (src[this.pos] === '\\' && src[this.pos + 1] === '\n') {
        this.pos += 2;
        continue;
      }
      if (src[this.pos] === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      }
      break;
    }
    const pos = this.pos;
    if (pos >= src.length) {
      if (this.heredocs.length > 0) throw new ShellSyntaxError('unexpected end of file', true);
      return { type: 'eof', pos };
    }
    const fdMatch = /^([0-9]+)(?=[<>])/.exec(src.slice(pos, pos + 12));
    const at = fdMatch ? pos + fdMatch[1].length : pos;
    const redir = redirOps.find((op) => src.startsWith(op, at));
    if (redir) {
      this.pos = at + redir.length;
      return { type: 'redir', op: redir, fd: fdMatch ? Number(fdMatch[1]) : undefined, pos };
    }
    const op = operators.find((candidate) => src.startsWith(candidate, pos));
    if (op) {
      this.pos += op.length;
      if (op === '\n') this.readHeredocBodies();
      return { type: 'op', op, pos };
    }
    const reader = new WordReader(src, pos, 'normal', this.sub);
    const { word, end } = reader.read();
    this.pos = end;
    return { type: 'word', word, pos };
  }

  private readHeredocBodies(): void {
    for (const pending of this.heredocs.splice(0)) {
      const lines: string[] = [];
      let found = false;
      while (this.pos < this.src.length) {
        const nl = this.src.indexOf('\n', this.pos);
        const end = nl < 0 ? this.src.length : nl;
        let line = this.src.slice(this.pos, end);
        this.pos = nl < 0 ? end : end + 1;
        if (pending.stripTabs) line = line.replace(/^\t+/, '');
        if (line === pending.delimiter) {
          found = true;
          break;
        }
        lines.push(line);
      }
      if (!found) throw new ShellSyntaxError(`unexpected end of file (expecting "${pending.delimiter}")`, true);
      const body = lines.map((l) => l + '\n').join('');
      pending.redirect.heredoc = pending.literal
        ? { raw: body, parts: [{ kind: 'text', text: body, quoted: true }] }
        : quotedParts(new WordReader(body, 0, 'heredoc', this.sub).read().word);
    }
  }
}

/** Here-document text is never split or globbed. */
function quotedParts(word: Word): Word {
  return { raw: word.raw, parts: word.parts.map((p) => (p.kind === 'tilde' ? { kind: 'text', text: '~' + p.user, quoted: true } : { ...p, quoted: true })) };
}
