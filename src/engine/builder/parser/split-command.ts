/**
 * Splits one logical line into the instruction name, its leading `--flags` and the
 * rest (BuildKit splitCommand / extractBuilderFlags). Flags end at the first word not
 * starting with `--`, or at a lone `--`. Quotes inside flags are removed, a backslash
 * escapes the next character.
 */

import { goTrimSpace, isGoSpace } from './go-quote.ts';

const whitespace = /[\t\v\f\r ]+/;

export interface SplitCommand {
  cmd: string;
  flags: string[];
  args: string;
}

export function splitCommand(line: string): SplitCommand {
  const trimmed = goTrimSpace(line);
  const m = whitespace.exec(trimmed);
  const cmd = m ? trimmed.slice(0, m.index) : trimmed;
  if (!m) return { cmd, flags: [], args: '' };
  const { rest, flags } = extractBuilderFlags(trimmed.slice(m.index + m[0].length));
  return { cmd, flags, args: goTrimSpace(rest) };
}

const isSpace = isGoSpace;

export function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = pos < line.length ? line[pos] : '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (isSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-') return { rest: line.slice(pos), flags };
      phase = 'word';
    }
    if (pos === line.length) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return { rest: line.slice(pos), flags };
        if (blankOK || word.length > 0) flags.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === line.length) continue;
        ch = line[++pos];
      }
      word += ch;
      continue;
    }
    // inside quotes
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === '\\') {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      ch = line[++pos];
    }
    word += ch;
  }
  return { rest: '', flags };
}
