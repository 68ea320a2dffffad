/**
 * The syntax tree of the shell language, as the parser produces it and the interpreter
 * walks it. Words keep their structure (quoted text, parameters, substitutions) until
 * expansion, because quoting decides field splitting and globbing.
 */

/** One piece of a word. `quoted` parts are neither split into fields nor globbed. */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op?: ParamOp; arg?: Word; quoted: boolean }
  | { kind: 'length'; name: string; quoted: boolean }
  | { kind: 'command'; body: ListNode; quoted: boolean }
  | { kind: 'arith'; expr: Word; quoted: boolean }
  | { kind: 'tilde'; user: string };

/** `:` is bash's substring, `${x:offset:length}`. */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':?' | '?' | ':+' | '+' | '#' | '##' | '%' | '%%' | ':';

export interface Word {
  parts: WordPart[];
  /** The source text, for `set -x`, error messages and reserved-word checks. */
  raw: string;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '<<' | '<<-';

export interface Redirect {
  fd: number;
  op: RedirectOp;
  target: Word;
  /** For `<<`: the body, already split into expandable parts unless the delimiter was quoted. */
  heredoc?: Word;
}

export interface Assignment {
  name: string;
  value: Word;
  /** bash's `name=(a b c)`: the words of an indexed array. */
  array?: Word[];
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
  line: number;
}

export interface IfClause {
  cond: ListNode;
  body: ListNode;
}

export type CompoundBody =
  | { type: 'group'; body: ListNode }
  | { type: 'subshell'; body: ListNode }
  | { type: 'if'; clauses: IfClause[]; otherwise?: ListNode }
  | { type: 'for'; name: string; items?: Word[]; body: ListNode }
  | { type: 'while'; until: boolean; cond: ListNode; body: ListNode }
  | { type: 'case'; word: Word; items: { patterns: Word[]; body: ListNode }[] };

export type CompoundCommand = CompoundBody & { redirects: Redirect[] };

export interface FunctionDef {
  type: 'function';
  name: string;
  body: CompoundCommand;
}

export type Command = SimpleCommand | CompoundCommand | FunctionDef;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface ListNode {
  type: 'list';
  items: { command: AndOr; background: boolean }[];
}
