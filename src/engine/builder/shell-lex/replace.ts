/**
 * `${v/pattern/repl}` and `${v//pattern/repl}`. The first form splices the
 * replacement in literally; the second uses Go's Regexp.ReplaceAllString, whose
 * replacement is a template (`$0`, `${0}` = the match, `$$` = `$`, any other `$name`
 * = empty) and which never replaces an empty match right after a previous match.
 */
import { invalidParameter } from '../../errdefs.ts';
import { findMatch, tokenize, type PatternBudget } from './pattern.ts';

export const MAX_EXPANSION_BYTES = 1 << 20;

function tooLarge(): never {
  throw invalidParameter(`expansion result larger than ${MAX_EXPANSION_BYTES} bytes`);
}

/** Go's Regexp.Expand for a pattern without groups: only group 0 exists. */
function expandTemplate(template: string, match: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch !== '$' || i + 1 >= template.length) {
      out += ch;
      continue;
    }
    if (template[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string | null = null;
    let end = i;
    if (template[i + 1] === '{') {
      const close = template.indexOf('}', i + 2);
      const inner = close < 0 ? '' : template.slice(i + 2, close);
      if (close >= 0 && /^[A-Za-z0-9_]+$/.test(inner)) {
        name = inner;
        end = close;
      }
    } else {
      const m = /^[A-Za-z0-9_]+/.exec(template.slice(i + 1));
      if (m) {
        name = m[0];
        end = i + m[0].length;
      }
    }
    if (name === null) {
      out += ch; // malformed: Go copies the `$` literally
      continue;
    }
    if (/^[0-9]+$/.test(name) && Number(name) === 0) out += match;
    i = end;
  }
  return out;
}

export function replacePattern(value: string, pattern: string, replacement: string, all: boolean, budget: PatternBudget): string {
  const tokens = tokenize(pattern);
  const chars = Array.from(value);
  if (!all) {
    const m = findMatch(tokens, chars, 0, { anchored: false, greedy: true }, budget);
    if (!m) return value;
    return chars.slice(0, m[0]).join('') + replacement + chars.slice(m[1]).join('');
  }
  let out = '';
  let lastEnd = 0;
  let search = 0;
  while (search <= chars.length) {
    const m = findMatch(tokens, chars, search, { anchored: false, greedy: true }, budget);
    if (!m) break;
    out += chars.slice(lastEnd, m[0]).join('');
    if (m[1] > lastEnd || m[0] === 0) out += expandTemplate(replacement, chars.slice(m[0], m[1]).join(''));
    if (out.length > MAX_EXPANSION_BYTES) tooLarge();
    lastEnd = m[1];
    search = search + 1 > m[1] ? search + 1 : m[1];
  }
  out += chars.slice(lastEnd).join('');
  if (out.length > MAX_EXPANSION_BYTES) tooLarge();
  return out;
}
