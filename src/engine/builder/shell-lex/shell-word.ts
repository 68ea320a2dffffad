/**
 * The scanner behind ShellLex for one word (BuildKit's shellWord): walks the
 * characters once, dispatching on `$`, quotes and the escape token, and enforces the
 * nesting, size and pattern-cost guards. Internal: use ShellLex.
 */
import { invalidParameter } from '../../errdefs.ts';
import { goQuote } from '../parser/go-quote.ts';
import type { ProcessWordResult, ShellLex } from './lex.ts';
import { PatternBudget, PatternError, trimPrefix, trimSuffix } from './pattern.ts';
import { MAX_EXPANSION_BYTES, replacePattern } from './replace.ts';
import { WordSplitter } from './words.ts';

export const MAX_NESTING = 100;
const EOF = '';

/** Raised inside the lexer; \`run\` wraps it as \`failed to process "<word>": <message>\`. */
class LexError extends Error {}
/** A blow-up guard tripped: reported as is, never reinterpreted as a syntax error. */
class GuardError extends LexError {}

const isDigit = (ch: string) => /^\p{Nd}$/u.test(ch);
const isNameChar = (ch: string) => /^[\p{L}\p{Nd}_]$/u.test(ch);
const isSpecialParam = (ch: string) => '@*#?-$!0'.includes(ch) && ch !== '';

export class ShellWord {
  private pos = 0;
  private depth = 0;
  private rawEscapes: boolean;
  private readonly chars: string[];
  private readonly budget = new PatternBudget();
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();

  constructor(
    private readonly lex: ShellLex,
    private readonly source: string,
    private readonly envs: Map<string, string>,
  ) {
    this.chars = Array.from(source);
    this.rawEscapes = lex.options.rawEscapes;
  }

  run(): ProcessWordResult {
    try {
      const { result, words } = this.processStopOn(EOF, this.rawEscapes);
      return { result, words, matched: this.matched, unmatched: this.unmatched };
    } catch (e) {
      if (e instanceof LexError) throw invalidParameter(`failed to process ${goQuote(this.source)}: ${e.message}`);
      throw e;
    }
  }

  private peek(): string {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }

  private next(): string {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  private checkSize(text: string): void {
    if (text.length > MAX_EXPANSION_BYTES) throw new GuardError(`expansion result larger than ${MAX_EXPANSION_BYTES} bytes`);
  }

  private processStopOn(stop: string, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      let result = '';
      const words = new WordSplitter();
      const quotes = !this.lex.options.skipProcessQuotes;
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stop !== EOF && ch === stop) {
          this.next();
          return { result, words: words.finish() };
        }
        if (ch === '$' || (quotes && (ch === "'" || ch === '"'))) {
          const tmp = ch === '$' ? this.processDollar() : ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
          result += tmp;
          if (ch === '$') words.addString(tmp);
          else words.addRaw(tmp);
          this.checkSize(result);
          continue;
        }
        let c = this.next();
        if (c === this.lex.escapeToken) {
          if (this.rawEscapes) {
            words.addRaw(c);
            result += c;
          }
          c = this.next(); // the escape token escapes the next character, and vanishes at the end
          if (c === EOF) break;
          words.addRaw(c);
        } else words.addChar(c);
        result += c;
      }
      if (stop !== EOF) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
      return { result, words: words.finish() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    const raw = this.lex.options.rawQuotes;
    let result = raw ? this.next() : (this.next(), '');
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return raw ? result + ch : result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    const raw = this.lex.options.rawQuotes;
    let result = raw ? this.next() : (this.next(), '');
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        const ch = this.next();
        return raw ? result + ch : result;
      }
      if (p === '$') {
        result += this.processDollar();
        this.checkSize(result);
        continue;
      }
      let ch = this.next();
      if (ch === this.lex.escapeToken) {
        if (this.rawEscapes) result += ch;
        const after = this.peek();
        if (after === EOF) continue; // a trailing escape inside quotes is ignored
        if (after === '"' || after === '$' || after === this.lex.escapeToken) ch = this.next();
      }
      result += ch;
    }
  }

  private getEnv(name: string): string | undefined {
    const value = this.envs.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name === '' && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name === '' && isSpecialParam(ch)) return this.next();
      if (!isNameChar(ch)) break;
      name += this.next();
    }
    return name;
  }

  private processDollar(): string {
    this.depth++;
    if (this.depth > MAX_NESTING) throw new GuardError(`substitution nested deeper than ${MAX_NESTING} levels`);
    try {
      return this.dollar();
    } finally {
      this.depth--;
    }
  }

  private dollar(): string {
    this.next();
    const skipUnset = this.lex.options.skipUnsetEnv;
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && skipUnset) return '$' + name;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    // Go prints the scanner's EOF rune as U+FFFD: `${VAR` is an "unsupported modifier (\uFFFD)".
    let chs = ch === EOF ? '\uFFFD' : ch;
    let nullIsUnset = false;
    switch (ch) {
      case '}': {
        const value = this.getEnv(name);
        if (value === undefined && skipUnset) return `\${${name}}`;
        return value ?? '';
      }
      case ':':
      case '+':
      case '-':
      case '?':
      case '#':
      case '%': {
        if (ch === ':') {
          nullIsUnset = true;
          ch = this.next();
          chs += ch === EOF ? '\uFFFD' : ch;
        }
        return this.modifier(name, ch, chs, nullIsUnset);
      }
      case '/':
        return this.substitute(name);
      default:
        throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private readWord(stop: string, rawEscapes: boolean, missing: string): string {
    try {
      return this.processStopOn(stop, rawEscapes).result;
    } catch (e) {
      // As BuildKit: any failure that ran into the end of the input means the closing char is missing.
      if (e instanceof LexError && !(e instanceof GuardError) && this.peek() === EOF) throw new LexError(missing);
      throw e;
    }
  }

  private modifier(name: string, ch: string, chs: string, nullIsUnset: boolean): string {
    const rawEscapes = ch === '#' || ch === '%';
    let word = this.readWord('}', rawEscapes, "syntax error: missing '}'");
    const value = this.getEnv(name);
    if (this.lex.options.skipUnsetEnv && value === undefined) return `\${${name}${chs}${word}}`;
    const unset = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unset ? word : (value ?? '');
      case '+':
        return unset ? '' : word;
      case '?':
        if (value === undefined) throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      case '%':
      case '#': {
        const greedy = word.startsWith(ch);
        if (greedy) word = word.slice(1);
        try {
          return ch === '%' ? trimSuffix(word, value ?? '', greedy, this.budget) : trimPrefix(word, value ?? '', greedy, this.budget);
        } catch (e) {
          if (e instanceof PatternError) throw new LexError(`invalid pattern (${word}) in substitution: ${e.message}`);
          throw e;
        }
      }
      default:
        throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private substitute(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    const pattern = this.readWord('/', true, "syntax error: missing '/' in ${}");
    const replacement = this.readWord('}', true, "syntax error: missing '}'");
    const value = this.getEnv(name);
    if (this.lex.options.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`;
    try {
      return replacePattern(value ?? '', pattern, replacement, all, this.budget);
    } catch (e) {
      if (e instanceof PatternError) throw new LexError(`invalid pattern (${pattern}) in substitution: ${e.message}`);
      throw e;
    }
  }
}
