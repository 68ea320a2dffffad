/**
 * awk's tokens: numbers, strings, regular expressions (a `/` where an operand may
 * start), names, keywords, operators, and newlines, which end statements. The parser
 * asks for tokens one at a time because only it knows whether `/` divides or opens a
 * regex.
 */

export type AwkToken =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'regex'; value: string }
  | { type: 'name'; value: string; call: boolean }
  | { type: 'op'; value: string }
  | { type: 'newline' }
  | { type: 'eof' };

const ops = ['+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '!~', '>>', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];
const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

export class AwkSyntaxError extends Error {}

export class AwkLexer {
  pos = 0;

  constructor(private readonly src: string) {}

  next(regexAllowed: boolean): AwkToken {
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      else break;
    }
    if (this.pos >= src.length) return { type: 'eof' };
    const c = src[this.pos];
    if (c === '\n') {
      this.pos++;
      return { type: 'newline' };
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[this.pos + 1] ?? ''))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(src.slice(this.pos))!;
      this.pos += m[0].length;
      return { type: 'number', value: Number(m[0]) };
    }
    if (c === '"') return { type: 'string', value: this.quoted('"') };
    if (c === '/' && regexAllowed) return { type: 'regex', value: this.quoted('/', true) };
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(this.pos))!;
      this.pos += m[0].length;
      return { type: 'name', value: m[0], call: src[this.pos] === '(' };
    }
    const op = ops.find((o) => src.startsWith(o, this.pos));
    if (!op) throw new AwkSyntaxError(`unexpected character '${c}'`);
    this.pos += op.length;
    return { type: 'op', value: op };
  }

  private quoted(end: string, raw = false): string {
    let out = '';
    this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== end) {
      const c = this.src[this.pos];
      if (c === '\n') break;
      if (c === '\\' && this.pos + 1 < this.src.length) {
        const n = this.src[this.pos + 1];
        out += raw ? (n === '/' ? '/' : `\\${n}`) : (escapes[n] ?? `\\${n}`);
        this.pos += 2;
        continue;
      }
      out += c;
      this.pos++;
    }
    if (this.src[this.pos] !== end) throw new AwkSyntaxError(end === '"' ? 'unterminated string' : 'unterminated regexp');
    this.pos++;
    return out;
  }
}
