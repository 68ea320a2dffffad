/**
 * Parser directives (`# syntax=`, `# escape=`, `# check=`): only the consecutive
 * `# key=value` lines at the very top count. The first line that is not one (a blank
 * line, an instruction, a plain comment, an unknown key) ends the scan for good, so
 * a later `# escape=` is an ordinary comment. Owns the escape token and the
 * line-continuation rule that depends on it.
 */
import { invalidParameter } from '../../errdefs.ts';
import { goTrimLeft } from './go-quote.ts';

export interface Directive {
  name: 'syntax' | 'escape' | 'check';
  value: string;
  line: number;
}

const validDirectives = new Set(['syntax', 'escape', 'check']);
// Go RE2's \s: ASCII white space without \v.
const isReSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';

/**
 * BuildKit's `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, by scanning: as a JS regex the
 * lazy value followed by `\s*$` is quadratic on long runs of spaces.
 */
function matchDirective(text: string): [string, string] | null {
  const key = /^[a-zA-Z][a-zA-Z0-9]*/.exec(text)?.[0];
  if (key === undefined) return null;
  let i = key.length;
  while (i < text.length && isReSpace(text[i])) i++;
  if (text[i] !== '=') return null;
  i++;
  while (i < text.length && isReSpace(text[i])) i++;
  let end = text.length;
  while (end > i && isReSpace(text[end - 1])) end--;
  const value = text.slice(i, end);
  if (value === '' || value.includes('\n')) return null;
  return [key, value];
}

export type EscapeToken = '\\' | '`';

export class DirectiveParser {
  private line = 0;
  private done = false;
  private readonly seen = new Set<string>();
  readonly directives: Directive[] = [];
  escapeToken: EscapeToken = '\\';

  /** Feed one physical line (newline removed, first-line whitespace already stripped). */
  parseLine(text: string): void {
    this.line++;
    if (this.done) return;
    if (!text.startsWith('#')) {
      this.done = true;
      return;
    }
    const match = matchDirective(goTrimLeft(text.slice(1)));
    const key = match?.[0].toLowerCase();
    if (!match || key === undefined || !validDirectives.has(key)) {
      this.done = true;
      return;
    }
    if (this.seen.has(key)) throw invalidParameter(`only one ${key} parser directive can be used`);
    this.seen.add(key);
    const value = match[1];
    if (key === 'escape') this.escapeToken = checkEscapeToken(value);
    this.directives.push({ name: key as Directive['name'], value, line: this.line });
  }
}

function checkEscapeToken(value: string): EscapeToken {
  if (value !== '`' && value !== '\\') {
    throw invalidParameter(`invalid escape token '${value}' does not match \` or \\`);
  }
  return value;
}

/**
 * Remove a trailing continuation token. BuildKit's rule: the token, then only spaces or
 * tabs, at the end of the line, and either preceded by a character other than the
 * token (kept) or alone on the line. So `trailing\\` does not continue.
 */
export function trimContinuation(line: string, escape: EscapeToken): { text: string; continues: boolean } {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end === 0 || line[end - 1] !== escape) return { text: line, continues: false };
  if (end === 1) return { text: '', continues: true };
  if (line[end - 2] === escape) return { text: line, continues: false };
  return { text: line.slice(0, end - 1), continues: true };
}
