/**
 * awk's grammar (POSIX awk, the parts scripts use): BEGIN/END, pattern-action rules and
 * ranges, user functions, the statements, and expressions by precedence — ternary,
 * `||`, `&&`, `in`, `~`, comparisons, concatenation, arithmetic, unary, `^`, `++`/`--`,
 * `$`. Inside `print` arguments a bare `>` is redirection, so comparisons need parens.
 */
import type { AwkProgram, Expr, Stmt } from './ast.ts';
import { AwkLexer, AwkSyntaxError } from './lexer.ts';
import type { AwkToken } from './lexer.ts';

const builtinFuncs = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'close']);

export class AwkParser {
  private lexer: AwkLexer;
  private buffered: { token: AwkToken; start: number; regex: boolean } | undefined;
  private noGt = 0;

  constructor(src: string) {
    this.lexer = new AwkLexer(src);
  }

  private peek(regex = false): AwkToken {
    if (this.buffered && this.buffered.regex !== regex && this.buffered.token.type === (regex ? 'op' : 'regex')) {
      this.lexer.pos = this.buffered.start;
      this.buffered = undefined;
    }
    if (!this.buffered) {
      const start = this.lexer.pos;
      this.buffered = { token: this.lexer.next(regex), start, regex };
    }
    return this.buffered.token;
  }

  private take(regex = false): AwkToken {
    const token = this.peek(regex);
    this.buffered = undefined;
    return token;
  }

  private isOp(value: string, token = this.peek()): boolean {
    return token.type === 'op' && token.value === value;
  }

  private expect(value: string): void {
    const token = this.take();
    if (!(token.type === 'op' && token.value === value)) throw new AwkSyntaxError(`syntax error: expected '${value}'`);
  }

  private skipTerminators(semicolons = true): void {
    while (this.peek().type === 'newline' || (semicolons && this.isOp(';'))) this.take();
  }

  parseProgram(): AwkProgram {
    const program: AwkProgram = { begin: [], end: [], rules: [], functions: new Map() };
    this.skipTerminators();
    while (this.peek().type !== 'eof') {
      const token = this.peek(true);
      if (token.type === 'name' && (token.value === 'BEGIN' || token.value === 'END')) {
        this.take();
        (token.value === 'BEGIN' ? program.begin : program.end).push(this.block());
      } else if (token.type === 'name' && (token.value === 'function' || token.value === 'func')) {
        this.take();
        const name = this.take();
        if (name.type !== 'name') throw new AwkSyntaxError('syntax error in function definition');
        this.expect('(');
        const params: string[] = [];
        while (!this.isOp(')')) {
          const param = this.take();
          if (param.type === 'name') params.push(param.value);
        }
        this.take();
        this.skipTerminators(false);
        program.functions.set(name.value, { params, body: this.block() });
      } else if (this.isOp('{', token)) program.rules.push({ body: this.block() });
      else {
        const pattern = this.expr();
        let end: Expr | undefined;
        if (this.isOp(',')) {
          this.take();
          end = this.expr();
        }
        program.rules.push({ pattern, ...(end ? { end } : {}), ...(this.isOp('{') ? { body: this.block() } : {}) });
      }
      this.skipTerminators();
    }
    return program;
  }

  private block(): Stmt {
    this.expect('{');
    const body: Stmt[] = [];
    this.skipTerminators();
    while (!this.isOp('}')) {
      if (this.peek().type === 'eof') throw new AwkSyntaxError("syntax error: missing '}'");
      body.push(this.statement());
      this.skipTerminators();
    }
    this.take();
    return { k: 'block', body };
  }

  private simpleOrBlock(): Stmt {
    this.skipTerminators(false);
    return this.statement();
  }

  private statement(): Stmt {
    const token = this.peek(true);
    if (this.isOp('{', token)) return this.block();
    if (this.isOp(';', token)) {
      this.take();
      return { k: 'block', body: [] };
    }
    if (token.type === 'name') {
      switch (token.value) {
        case 'print':
        case 'printf': {
          this.take();
          this.noGt++;
          const args: Expr[] = [];
          const paren = this.isOp('(', this.peek(true));
          if (!this.atStatementEnd()) {
            args.push(this.expr());
            while (this.isOp(',')) {
              this.take();
              args.push(this.expr());
            }
          }
          this.noGt--;
          // `print (a, b)`: the parenthesised list is the argument list.
          const only = args[0];
          const list = paren && args.length === 1 && only.k === 'call' && only.name === '(list)' ? only.args : args;
          return { k: 'print', args: list, printf: token.value === 'printf' };
        }
        case 'if': {
          this.take();
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          const t = this.simpleOrBlock();
          const save = this.lexer.pos;
          const saved = this.buffered;
          this.skipTerminators();
          const elseToken = this.peek();
          if (elseToken.type === 'name' && elseToken.value === 'else') {
            this.take();
            return { k: 'if', c, t, f: this.simpleOrBlock() };
          }
          this.lexer.pos = save;
          this.buffered = saved;
          return { k: 'if', c, t };
        }
        case 'while': {
          this.take();
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          return { k: 'while', c, body: this.simpleOrBlock() };
        }
        case 'do': {
          this.take();
          const body = this.simpleOrBlock();
          this.skipTerminators();
          this.take();
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          return { k: 'do', body, c };
        }
        case 'for':
          return this.forStatement();
        case 'next':
        case 'break':
        case 'continue':
          this.take();
          return { k: token.value };
        case 'exit':
        case 'return': {
          this.take();
          return this.atStatementEnd() ? { k: token.value } : { k: token.value, e: this.expr() };
        }
        case 'delete': {
          this.take();
          const name = this.take();
          if (name.type !== 'name') throw new AwkSyntaxError('syntax error in delete');
          return this.isOp('[') ? { k: 'delete', name: name.value, subs: this.subscripts() } : { k: 'delete', name: name.value };
        }
      }
    }
    return { k: 'expr', e: this.expr() };
  }

  private atStatementEnd(): boolean {
    const token = this.peek();
    return token.type === 'newline' || token.type === 'eof' || this.isOp(';', token) || this.isOp('}', token) || this.isOp('>', token) || this.isOp('|', token);
  }

  private forStatement(): Stmt {
    this.take();
    this.expect('(');
    const save = this.lexer.pos;
    const saved = this.buffered;
    const first = this.take();
    if (first.type === 'name' && this.peek().type === 'name' && (this.peek() as { value: string }).value === 'in') {
      this.take();
      const arr = this.take();
      this.expect(')');
      if (arr.type !== 'name') throw new AwkSyntaxError('syntax error in for');
      return { k: 'forin', v: first.value, arr: arr.value, body: this.simpleOrBlock() };
    }
    this.lexer.pos = save;
    this.buffered = saved;
    const init = this.isOp(';') ? undefined : ({ k: 'expr', e: this.expr() } as Stmt);
    this.expect(';');
    const c = this.isOp(';') ? undefined : this.expr();
    this.expect(';');
    const step = this.isOp(')') ? undefined : ({ k: 'expr', e: this.expr() } as Stmt);
    this.expect(')');
    return { k: 'for', ...(init ? { init } : {}), ...(c ? { c } : {}), ...(step ? { step } : {}), body: this.simpleOrBlock() };
  }

  private subscripts(): Expr[] {
    this.expect('[');
    const subs = [this.expr()];
    while (this.isOp(',')) {
      this.take();
      subs.push(this.expr());
    }
    this.expect(']');
    return subs;
  }

  expr(): Expr {
    const left = this.ternary();
    const token = this.peek();
    if (token.type === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(token.value) && (left.k === 'var' || left.k === 'index' || left.k === 'field')) {
      this.take();
      return { k: 'assign', op: token.value, target: left, value: this.expr() };
    }
    return left;
  }

  private ternary(): Expr {
    const c = this.binary(0);
    if (!this.isOp('?')) return c;
    this.take();
    const a = this.expr();
    this.expect(':');
    return { k: 'cond', c, a, b: this.expr() };
  }

  private static levels: string[][] = [['||'], ['&&'], ['in'], ['~', '!~'], ['<', '<=', '==', '!=', '>', '>='], ['concat'], ['+', '-'], ['*', '/', '%']];

  private binary(level: number): Expr {
    if (level >= AwkParser.levels.length) return this.unary();
    let left = this.binary(level + 1);
    const ops = AwkParser.levels[level];
    for (;;) {
      const token = this.peek();
      if (ops[0] === 'concat') {
        if (!this.startsOperand(token)) return left;
        left = { k: 'bin', op: 'concat', l: left, r: this.binary(level + 1) };
        continue;
      }
      if (ops[0] === 'in' && token.type === 'name' && token.value === 'in') {
        this.take();
        const arr = this.take();
        if (arr.type !== 'name') throw new AwkSyntaxError('syntax error after in');
        left = { k: 'in', subs: left.k === 'group' ? [left.e] : [left], name: arr.value };
        continue;
      }
      if (token.type !== 'op' || !ops.includes(token.value) || (token.value === '>' && this.noGt > 0)) return left;
      this.take();
      const right = this.binary(level + 1);
      left = token.value === '~' || token.value === '!~' ? { k: 'match', neg: token.value === '!~', l: left, r: right } : { k: 'bin', op: token.value, l: left, r: right };
    }
  }

  private startsOperand(token: AwkToken): boolean {
    if (token.type === 'number' || token.type === 'string') return true;
    if (token.type === 'name') return token.value !== 'in' && token.value !== 'getline';
    return token.type === 'op' && ['$', '(', '++', '--'].includes(token.value);
  }

  private unary(): Expr {
    const token = this.peek(true);
    if (token.type === 'op' && (token.value === '!' || token.value === '-' || token.value === '+')) {
      this.take(true);
      return { k: 'un', op: token.value, e: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (!this.isOp('^')) return base;
    this.take();
    return { k: 'bin', op: '^', l: base, r: this.unary() };
  }

  private postfix(): Expr {
    const token = this.peek(true);
    if (token.type === 'op' && (token.value === '++' || token.value === '--')) {
      this.take(true);
      return { k: 'incdec', op: token.value, prefix: true, target: this.postfix() };
    }
    const e = this.primary();
    const next = this.peek();
    if ((e.k === 'var' || e.k === 'index' || e.k === 'field') && next.type === 'op' && (next.value === '++' || next.value === '--')) {
      this.take();
      return { k: 'incdec', op: next.value, prefix: false, target: e };
    }
    return e;
  }

  private primary(): Expr {
    const token = this.take(true);
    switch (token.type) {
      case 'number':
        return { k: 'num', v: token.value };
      case 'string':
        return { k: 'str', v: token.value };
      case 'regex':
        return { k: 'regex', v: token.value };
      case 'name': {
        if (token.call || builtinFuncs.has(token.value)) {
          const args: Expr[] = [];
          if (this.isOp('(')) {
            this.take();
            this.noGt++;
            while (!this.isOp(')')) {
              args.push(this.expr());
              if (this.isOp(',')) this.take();
            }
            this.noGt--;
            this.take();
          }
          return { k: 'call', name: token.value, args };
        }
        if (this.isOp('[')) return { k: 'index', name: token.value, subs: this.subscripts() };
        return { k: 'var', name: token.value };
      }
      case 'op':
        if (token.value === '$') return { k: 'field', e: this.postfixOperand() };
        if (token.value === '(') {
          this.noGt++;
          const e = this.expr();
          const subs = [e];
          while (this.isOp(',')) {
            this.take();
            subs.push(this.expr());
          }
          this.noGt--;
          this.expect(')');
          if (subs.length > 1) {
            const inToken = this.peek();
            if (inToken.type === 'name' && inToken.value === 'in') {
              this.take();
              const arr = this.take();
              return { k: 'in', subs, name: arr.type === 'name' ? arr.value : '' };
            }
          }
          return subs.length > 1 ? { k: 'call', name: '(list)', args: subs } : { k: 'group', e };
        }
    }
    throw new AwkSyntaxError('syntax error');
  }

  /** The operand of `$`: a primary, with `$NF++` applying `++` to the field. */
  private postfixOperand(): Expr {
    const token = this.peek(true);
    if (token.type === 'op' && (token.value === '++' || token.value === '--')) return this.postfix();
    return this.primary();
  }
}

export function parseAwk(src: string): AwkProgram {
  return new AwkParser(src).parseProgram();
}
