/**
 * Heredoc detection (BuildKit parser heredoc helpers): which words of a RUN/COPY/ADD
 * line open a heredoc (`[n]<<[-]WORD`), the delimiter with quotes removed, whether
 * the body expands (no part of WORD quoted) and whether tabs are chomped (`<<-`).
 * Reading the bodies is the parser's job.
 */
import { ShellLex } from '../shell-lex/lex.ts';
import type { Heredoc } from './node.ts';

const heredocPattern = /^(\d*)<<(-?)([^<]*)$/;
const noEnv: readonly string[] = [];

/** The heredoc opened by one word, or null when the word is not one. Throws on an unterminated quote. */
export function parseHeredoc(src: string): Omit<Heredoc, 'content'> | null {
  const match = heredocPattern.exec(src);
  if (!match) return null;
  const rest = match[3];
  if (rest.length === 0) return null;
  // Lex the word with and without quote removal: a difference in quote count means part of it was quoted.
  const words = new ShellLex({ skipUnsetEnv: true }).processWords(rest, noEnv);
  if (words.length !== 1) return null;
  const raw = new ShellLex({ skipUnsetEnv: true, rawQuotes: true }).processWords(rest, noEnv);
  const quoteCount = (w: string) => (w.match(/['"]/g) ?? []).length;
  return {
    name: words[0],
    fileDescriptor: match[1] === '' ? 0 : Number(match[1]),
    expand: quoteCount(words[0]) === quoteCount(raw[0] ?? ''),
    chomp: match[2] === '-',
  };
}

/** Every heredoc opened on `line`, in order. Quoted `"<<EOF"` words do not count. */
export function heredocsFromLine(line: string): Omit<Heredoc, 'content'>[] {
  let words: string[];
  try {
    words = new ShellLex({ rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords(line, noEnv);
  } catch {
    words = []; // BuildKit ignores lexing errors of the whole line here
  }
  const docs: Omit<Heredoc, 'content'>[] = [];
  for (const word of words) {
    const doc = parseHeredoc(word);
    if (doc) docs.push(doc);
  }
  return docs;
}

/** The body of a `<<-` heredoc as used: leading tabs removed from every line. */
export function chompHeredocContent(content: string): string {
  return content.replace(/(^|\n)\t+/g, '$1');
}
