/**
 * BuildKit's Dockerfile shell lexer (frontend/dockerfile/shell/lex.go): variable
 * expansion and quote removal for the instructions the builder expands (ENV, ARG,
 * LABEL, COPY, ...). It mimics sh without running anything: `$v`, `${v}`, the
 * modifiers `:-` `-` `:+` `+` `:?` `?` `#` `##` `%` `%%` `/` `//`, single quotes
 * (literal), double quotes (expansion, `\` escapes only `"` `$` and itself), and the
 * escape token outside quotes. Guards: a result over 1 MB or `${...}` nesting deeper
 * than 100 is an error, and pattern matching has a step budget, so no input hangs.
 *
 * @example
 * new ShellLex().processWord('${HOME:-/root}/bin', ['HOME=/home/me']).result // '/home/me/bin'
 */
import { buildEnvs, type EnvInput } from './env.ts';
import { ShellWord } from './shell-word.ts';

export { MAX_NESTING } from './shell-word.ts';
export { MAX_EXPANSION_BYTES } from './replace.ts';

export interface ShellLexOptions {
  escapeToken?: '\\' | '`';
  /** Keep quote characters in the result (heredoc delimiter detection). */
  rawQuotes?: boolean;
  /** Keep escape tokens in the result. */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters. */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written (`$X`, `${X:-y}`). */
  skipUnsetEnv?: boolean;
}

export interface ProcessWordResult {
  result: string;
  words: string[];
  matched: Set<string>;
  unmatched: Set<string>;
}


export class ShellLex {
  readonly escapeToken: '\\' | '`';
  readonly options: Required<Omit<ShellLexOptions, 'escapeToken'>>;

  constructor(options: ShellLexOptions = {}) {
    this.escapeToken = options.escapeToken ?? '\\';
    this.options = {
      rawQuotes: options.rawQuotes ?? false,
      rawEscapes: options.rawEscapes ?? false,
      skipProcessQuotes: options.skipProcessQuotes ?? false,
      skipUnsetEnv: options.skipUnsetEnv ?? false,
    };
  }

  /** Expand `word` and remove quotes, keeping white space (BuildKit ProcessWord). */
  processWord(word: string, env: EnvInput): ProcessWordResult {
    return new ShellWord(this, word, buildEnvs(env)).run();
  }

  /** Expand `word` and split the result into words (BuildKit ProcessWords). */
  processWords(word: string, env: EnvInput): string[] {
    return this.processWord(word, env).words;
  }
}
