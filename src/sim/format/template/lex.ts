/**
 * Lexer for the Go text/template subset behind `--format`. It splits the source into
 * text and actions, applies the `{{- ` / ` -}}` trim markers to the neighbouring text,
 * and tokenizes each action. Positions are source offsets, used for Go's `:line:col`
 * error locations.
 */

export type Token =
  | { kind: 'field'; name: string; pos: number; adjacent: boolean }
  | { kind: 'dot'; pos: number; adjacent: boolean }
  | { kind: 'var'; name: string; pos: number; adjacent: boolean }
  | { kind: 'string'; value: string; pos: number; adjacent: boolean }
  | { kind: 'number'; value: number; pos: number; adjacent: boolean }
  | { kind: 'ident'; name: string; pos: number; adjacent: boolean }
  | { kind: 'punct'; value: '|' | '(' | ')' | ':=' | '=' | ','; pos: number; adjacent: boolean };

export type Item = { kind: 'text'; text: string; pos: number } | { kind: 'action'; tokens: Token[]; pos: number; end: number };

export class TemplateSyntaxError extends Error {
  constructor(
    readonly pos: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isIdentChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const goEscapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

function lexAction(src: string, start: number): { tokens: Token[]; end: number; trimRight: boolean } {
  const tokens: Token[] = [];
  let i = start;
  let adjacent = false;
  for (;;) {
    if (i >= src.length) throw new TemplateSyntaxError(start, 'unclosed action');
    const c = src[i];
    if (src.startsWith('}}', i)) return { tokens, end: i + 2, trimRight: false };
    if (isSpace(c)) {
      let j = i;
      while (isSpace(src[j])) j++;
      if (src.startsWith('-}}', j)) return { tokens, end: j + 3, trimRight: true };
      if (src[j] === undefined) throw new TemplateSyntaxError(start, 'unclosed action');
      i = j;
      adjacent = false;
      continue;
    }
    const pos = i;
    if (src.startsWith('/*', i)) {
      const close = src.indexOf('*/', i + 2);
      if (close < 0) throw new TemplateSyntaxError(start, 'unclosed comment');
      i = close + 2;
      continue;
    }
    if (c === '"') {
      let value = '';
      i++;
      while (src[i] !== '"') {
        if (i >= src.length || src[i] === '\n') throw new TemplateSyntaxError(start, 'unterminated quoted string');
        if (src[i] === '\\') {
          const e = src[i + 1];
          if (e === 'x' || e === 'u') {
            const len = e === 'x' ? 2 : 4;
            value += String.fromCodePoint(parseInt(src.slice(i + 2, i + 2 + len), 16));
            i += 2 + len;
            continue;
          }
          value += goEscapes[e] ?? e;
          i += 2;
        } else value += src[i++];
      }
      i++;
      tokens.push({ kind: 'string', value, pos, adjacent });
    } else if (c === '`') {
      const close = src.indexOf('`', i + 1);
      if (close < 0) throw new TemplateSyntaxError(start, 'unterminated raw quoted string');
      tokens.push({ kind: 'string', value: src.slice(i + 1, close), pos, adjacent });
      i = close + 1;
    } else if (c === "'") {
      const ch = src[i + 1] === '\\' ? goEscapes[src[i + 2]] ?? src[i + 2] : src[i + 1];
      i = src.indexOf("'", i + 2) + 1;
      tokens.push({ kind: 'number', value: ch.codePointAt(0) ?? 0, pos, adjacent });
    } else if (/[0-9]/.test(c) || ((c === '-' || c === '+') && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^[-+]?(0x[0-9a-fA-F]+|[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?)/.exec(src.slice(i));
      const text = m ? m[0] : c;
      tokens.push({ kind: 'number', value: Number(text), pos, adjacent });
      i += text.length;
    } else if (c === '.') {
      let j = i + 1;
      while (isIdentChar(src[j])) j++;
      tokens.push(j === i + 1 ? { kind: 'dot', pos, adjacent } : { kind: 'field', name: src.slice(i + 1, j), pos, adjacent });
      i = j;
    } else if (c === '$') {
      let j = i + 1;
      while (isIdentChar(src[j])) j++;
      tokens.push({ kind: 'var', name: src.slice(i, j), pos, adjacent });
      i = j;
    } else if (isIdentChar(c)) {
      let j = i;
      while (isIdentChar(src[j])) j++;
      tokens.push({ kind: 'ident', name: src.slice(i, j), pos, adjacent });
      i = j;
    } else if (src.startsWith(':=', i)) {
      tokens.push({ kind: 'punct', value: ':=', pos, adjacent });
      i += 2;
    } else if ('|(),='.includes(c)) {
      tokens.push({ kind: 'punct', value: c as '|', pos, adjacent });
      i++;
    } else {
      throw new TemplateSyntaxError(pos, `unexpected ${JSON.stringify(c)} in command`);
    }
    adjacent = true;
  }
}

/** Splits a template into text and tokenized actions, applying trim markers. */
export function lex(src: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  let trimNext = false;
  while (i <= src.length) {
    const open = src.indexOf('{{', i);
    let text = src.slice(i, open < 0 ? src.length : open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    if (open < 0) {
      if (text) items.push({ kind: 'text', text, pos: i });
      break;
    }
    let start = open + 2;
    if (src[start] === '-' && isSpace(src[start + 1])) {
      text = text.replace(/[ \t\r\n]+$/, '');
      start += 2;
    }
    if (text) items.push({ kind: 'text', text, pos: i });
    const { tokens, end, trimRight } = lexAction(src, start);
    items.push({ kind: 'action', tokens, pos: open, end });
    trimNext = trimRight;
    i = end;
  }
  return items;
}
