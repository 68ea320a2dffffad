/**
 * Recursive-descent parser for the POSIX shell grammar that busybox ash accepts: lists,
 * `&&`/`||`, pipelines with `!`, simple commands with assignments and redirections,
 * `{ }`, `( )`, if/for/while/until/case, and `name() { … }` functions. Reserved words
 * are recognised only where the grammar expects a command, as POSIX says.
 */
import type { AndOr, Assignment, Command, CompoundBody, CompoundCommand, ListNode, Pipeline, Redirect, SimpleCommand, Word } from './ast.ts';
import { ShellSyntaxError } from './errors.ts';
import { Lexer } from './lexer.ts';
import type { Operator, Token } from './lexer.ts';
import { isNameStart, literalOf } from './word.ts';

const reserved = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', '{', '}', '!']);
/** Words that end a list (the caller decides whether they are expected). */
const listEnders = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

/** Parse a whole script. Throws ShellSyntaxError (with `incomplete` for unfinished input). */
export function parse(src: string): ListNode {
  const parser = new Parser(new Lexer(src, 0, parseSubstitution));
  const list = parser.list(true);
  const token = parser.lexer.peek();
  if (token.type !== 'eof') throw parser.unexpected(token);
  return list;
}

/** Parse the inside of `$(…)` starting at pos; returns the position after its `)`. */
export function parseSubstitution(src: string, pos: number): { body: ListNode; end: number } {
  const parser = new Parser(new Lexer(src, pos, parseSubstitution));
  const body = parser.list(true);
  const token = parser.lexer.next();
  if (token.type === 'eof') throw new ShellSyntaxError('unexpected end of file (expecting ")")', true);
  if (token.type !== 'op' || token.op !== ')') throw parser.unexpected(token);
  return { body, end: parser.lexer.pos };
}

class Parser {
  constructor(readonly lexer: Lexer) {}

  unexpected(token: Token): ShellSyntaxError {
    if (token.type === 'eof') return new ShellSyntaxError('unexpected end of file', true);
    const text = token.type === 'word' ? token.word.raw : token.type === 'op' ? (token.op === '\n' ? 'newline' : token.op) : token.op;
    return new ShellSyntaxError(`unexpected "${text}"`);
  }

  private isOp(token: Token, ...ops: Operator[]): boolean {
    return token.type === 'op' && ops.includes(token.op);
  }

  private keyword(token: Token): string | undefined {
    return token.type === 'word' ? literalOf(token.word) : undefined;
  }

  private skipNewlines(): void {
    while (this.isOp(this.lexer.peek(), '\n')) this.lexer.next();
  }

  private expectWord(word: string): void {
    this.skipNewlines();
    const token = this.lexer.next();
    if (this.keyword(token) !== word) {
      if (token.type === 'eof') throw new ShellSyntaxError(`unexpected end of file (expecting "${word}")`, true);
      throw this.unexpected(token);
    }
  }

  /** A list of and-or commands separated by `;`, `&` or newlines, up to a list ender. */
  list(topLevel = false): ListNode {
    const items: ListNode['items'] = [];
    for (;;) {
      this.skipNewlines();
      const token = this.lexer.peek();
      const word = this.keyword(token);
      if (token.type === 'eof' || this.isOp(token, ')', ';;') || (word !== undefined && listEnders.has(word))) break;
      if (this.isOp(token, ';', '&', '|', '&&', '||')) throw this.unexpected(token);
      const command = this.andOr();
      const sep = this.lexer.peek();
      const background = this.isOp(sep, '&');
      items.push({ command, background });
      if (this.isOp(sep, ';', '&')) this.lexer.next();
      else if (!this.isOp(sep, '\n')) break;
    }
    if (items.length === 0 && !topLevel) {
      const token = this.lexer.peek();
      throw this.unexpected(token);
    }
    return { type: 'list', items };
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const token = this.lexer.peek();
      if (!this.isOp(token, '&&', '||')) break;
      this.lexer.next();
      this.skipNewlines();
      rest.push({ op: (token as { op: '&&' | '||' }).op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let negate = false;
    if (this.keyword(this.lexer.peek()) === '!') {
      this.lexer.next();
      negate = true;
    }
    const commands = [this.command()];
    while (this.isOp(this.lexer.peek(), '|')) {
      this.lexer.next();
      this.skipNewlines();
      commands.push(this.command());
    }
    return { negate, commands };
  }

  private command(): Command {
    const token = this.lexer.peek();
    if (token.type === 'eof') throw this.unexpected(token);
    const word = this.keyword(token);
    if (this.isOp(token, '(')) return this.withRedirects(this.subshell());
    if (word !== undefined && reserved.has(word)) {
      if (word === '{' || word === 'if' || word === 'for' || word === 'while' || word === 'until' || word === 'case') return this.withRedirects(this.compound(word));
      throw this.unexpected(token);
    }
    return this.simple();
  }

  private withRedirects(body: CompoundBody): CompoundCommand {
    const redirects: Redirect[] = [];
    while (this.lexer.peek().type === 'redir') redirects.push(this.redirect());
    return { ...body, redirects };
  }

  private subshell(): CompoundBody {
    this.lexer.next();
    const body = this.list();
    const close = this.lexer.next();
    if (!this.isOp(close, ')')) throw this.unexpected(close);
    return { type: 'subshell', body };
  }

  private compound(word: string): CompoundBody {
    this.lexer.next();
    if (word === '{') {
      const body = this.list();
      this.expectWord('}');
      return { type: 'group', body };
    }
    if (word === 'if') {
      const clauses = [];
      let otherwise: ListNode | undefined;
      for (let again = true; again; ) {
        const cond = this.list();
        this.expectWord('then');
        clauses.push({ cond, body: this.list() });
        const next = this.lexer.next();
        const kw = this.keyword(next);
        if (kw === 'elif') continue;
        if (kw === 'else') {
          otherwise = this.list();
          this.expectWord('fi');
        } else if (kw !== 'fi') throw next.type === 'eof' ? new ShellSyntaxError('unexpected end of file (expecting "fi")', true) : this.unexpected(next);
        again = false;
      }
      return { type: 'if', clauses, otherwise };
    }
    if (word === 'while' || word === 'until') {
      const cond = this.list();
      this.expectWord('do');
      const body = this.list();
      this.expectWord('done');
      return { type: 'while', until: word === 'until', cond, body };
    }
    if (word === 'for') return this.forLoop();
    return this.caseCommand();
  }

  private forLoop(): CompoundBody {
    const nameToken = this.lexer.next();
    const name = this.keyword(nameToken);
    if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw this.unexpected(nameToken);
    let items: Word[] | undefined;
    if (this.isOp(this.lexer.peek(), ';')) this.lexer.next();
    this.skipNewlines();
    if (this.keyword(this.lexer.peek()) === 'in') {
      this.lexer.next();
      items = [];
      while (this.lexer.peek().type === 'word') items.push((this.lexer.next() as { word: Word }).word);
      const sep = this.lexer.next();
      if (!this.isOp(sep, ';', '\n')) throw this.unexpected(sep);
    }
    this.expectWord('do');
    const body = this.list();
    this.expectWord('done');
    return { type: 'for', name, items, body };
  }

  private caseCommand(): CompoundBody {
    const subject = this.lexer.next();
    if (subject.type !== 'word') throw this.unexpected(subject);
    this.expectWord('in');
    const items: { patterns: Word[]; body: ListNode }[] = [];
    for (;;) {
      this.skipNewlines();
      const token = this.lexer.peek();
      if (this.keyword(token) === 'esac') {
        this.lexer.next();
        break;
      }
      if (token.type === 'eof') throw new ShellSyntaxError('unexpected end of file (expecting "esac")', true);
      if (this.isOp(token, '(')) this.lexer.next();
      const patterns: Word[] = [];
      for (;;) {
        const pattern = this.lexer.next();
        if (pattern.type !== 'word') throw this.unexpected(pattern);
        patterns.push(pattern.word);
        const sep = this.lexer.next();
        if (this.isOp(sep, ')')) break;
        if (!this.isOp(sep, '|')) throw this.unexpected(sep);
      }
      const body = this.list(true);
      items.push({ patterns, body });
      const end = this.lexer.peek();
      if (this.isOp(end, ';;')) this.lexer.next();
      else if (this.keyword(end) !== 'esac') throw this.unexpected(end);
    }
    return { type: 'case', word: subject.word, items };
  }

  private redirect(): Redirect {
    const token = this.lexer.next() as Extract<Token, { type: 'redir' }>;
    const target = this.lexer.next();
    if (target.type !== 'word') throw this.unexpected(target);
    const fd = token.fd ?? (token.op.startsWith('<') && token.op !== '<>' ? 0 : token.op === '<>' ? 0 : 1);
    const redirect: Redirect = { fd, op: token.op, target: target.word };
    if (token.op === '<<' || token.op === '<<-') this.lexer.addHeredoc(redirect, target.word);
    return redirect;
  }

  private simple(): Command {
    const start = this.lexer.peek();
    const assigns: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const token = this.lexer.peek();
      if (token.type === 'redir') {
        redirects.push(this.redirect());
        continue;
      }
      if (token.type !== 'word') break;
      if (words.length === 0) {
        const assign = asAssignment(token.word);
        if (assign) {
          this.lexer.next();
          if (assign.value.raw === '' && this.isOp(this.lexer.peek(), '(')) assign.array = this.arrayWords();
          assigns.push(assign);
          continue;
        }
      }
      this.lexer.next();
      words.push(token.word);
      // `name() { …; }` defines a function.
      if (words.length === 1 && assigns.length === 0 && redirects.length === 0 && this.isOp(this.lexer.peek(), '(')) {
        return this.functionDef(token.word);
      }
    }
    if (assigns.length === 0 && words.length === 0 && redirects.length === 0) throw this.unexpected(this.lexer.peek());
    const command: SimpleCommand = { type: 'simple', assigns, words, redirects, line: this.lexer.lineAt(start.pos) };
    return command;
  }

  /** The words of bash's `name=( … )`, newlines allowed between them. */
  private arrayWords(): Word[] {
    this.lexer.next();
    const words: Word[] = [];
    for (;;) {
      this.skipNewlines();
      const token = this.lexer.next();
      if (this.isOp(token, ')')) return words;
      if (token.type !== 'word') throw this.unexpected(token);
      words.push(token.word);
    }
  }

  private functionDef(nameWord: Word): Command {
    const name = literalOf(nameWord);
    this.lexer.next();
    const close = this.lexer.next();
    if (!this.isOp(close, ')') || name === undefined) throw this.unexpected(close);
    this.skipNewlines();
    const token = this.lexer.peek();
    const kw = this.keyword(token);
    let body: CompoundCommand;
    if (this.isOp(token, '(')) body = this.withRedirects(this.subshell());
    else if (kw === '{' || kw === 'if' || kw === 'for' || kw === 'while' || kw === 'until' || kw === 'case') body = this.withRedirects(this.compound(kw));
    else throw this.unexpected(token);
    return { type: 'function', name, body };
  }
}

function asAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0];
  if (first?.kind !== 'text' || first.quoted || !isNameStart(first.text[0])) return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!match) return undefined;
  const rest = first.text.slice(match[0].length);
  const parts = rest === '' ? word.parts.slice(1) : [{ ...first, text: rest }, ...word.parts.slice(1)];
  return { name: match[1], value: { parts, raw: word.raw.slice(match[0].length) } };
}
