/**
 * BuildKit's parseWords: split ENV/LABEL/ARG arguments into words on white space,
 * respecting quotes and the escape token. Quotes and escapes are kept in the words;
 * they are removed later, during expansion.
 */
import type { EscapeToken } from './directives.ts';
import { isGoSpace } from './go-quote.ts';

const isSpace = isGoSpace;

export function parseWords(rest: string, escape: EscapeToken): string[] {
  const words: string[] = [];
  const chars = Array.from(rest);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let word = '';
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = pos < chars.length ? chars[pos] : '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escape) {
        if (pos + 1 === chars.length) continue; // an escape at the very end is dropped
        // Unquoted: keep the escape and the escaped char, even a quote.
        word += ch;
        ch = chars[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    // In single quotes the escape token is literal.
    if (ch === escape && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      word += ch;
      ch = chars[++pos];
    }
    word += ch;
  }
  return words;
}
