/**
 * Per-instruction argument parsers (BuildKit line_parsers.go): each turns the text
 * after the instruction name and flags into argument nodes. Which parser applies is
 * decided by `dispatch`; unknown instructions keep no arguments and are rejected
 * later by the instruction layer, so the line parser itself never fails on them.
 */
import { invalidParameter } from '../../errdefs.ts';
import type { EscapeToken } from './directives.ts';
import { goQuote, goTrimLeft, isGoSpace } from './go-quote.ts';
import { makeNode, type Node } from './node.ts';
import { parseWords } from './words.ts';

export interface LineResult {
  args: Node[];
  json: boolean;
}

export interface LineContext {
  escape: EscapeToken;
}

type LineParser = (rest: string, ctx: LineContext) => LineResult;

const whitespace = /[\t\v\f\r ]+/;
const leaves = (values: string[]): Node[] => values.map((v) => makeNode(v));
const plain = (args: Node[]): LineResult => ({ args, json: false });
const none: LineResult = { args: [], json: false };

const notStringArray = 'when using JSON array syntax, arrays must be comprised of strings only';

/** The exec form: a JSON array of strings. Null when `rest` is not a JSON array. */
function parseJSON(rest: string): LineResult | null {
  const text = goTrimLeft(rest);
  if (!text.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  if (!value.every((v) => typeof v === 'string')) throw invalidParameter(notStringArray);
  return { args: leaves(value as string[]), json: true };
}

const parseMaybeJSON: LineParser = (rest) => {
  if (rest === '') return none;
  return parseJSON(rest) ?? plain([makeNode(rest)]);
};

const parseStringsWhitespaceDelimited: LineParser = (rest) => {
  if (rest === '') return none;
  return plain(leaves(rest.split(whitespace)));
};

const parseMaybeJSONToList: LineParser = (rest, ctx) => parseJSON(rest) ?? parseStringsWhitespaceDelimited(rest, ctx);

const parseString: LineParser = (rest) => (rest === '' ? none : plain([makeNode(rest)]));

/** ENV and LABEL: `k=v k2=v2`, or the legacy `k value with spaces`. Each pair is key, value, separator. */
function parseNameVal(rest: string, key: string, escape: EscapeToken): LineResult {
  const words = parseWords(rest, escape);
  if (words.length === 0) return none;
  if (!words[0].includes('=')) {
    const m = whitespace.exec(rest);
    if (!m) throw invalidParameter(`${key} must have two arguments`);
    return plain(leaves([rest.slice(0, m.index), rest.slice(m.index + m[0].length), '']));
  }
  const out: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) throw invalidParameter(`Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
    out.push(word.slice(0, eq), word.slice(eq + 1), '=');
  }
  return plain(leaves(out));
}

const parseNameOrNameVal: LineParser = (rest, ctx) => plain(leaves(parseWords(rest, ctx.escape)));

// ONBUILD with a trigger is nested by the parser itself (see parser.ts); alone it has no arguments.
const parseSubCommand: LineParser = () => none;

/** HEALTHCHECK: a type word (CMD, NONE...) then a maybe-JSON command. */
const parseHealthConfig: LineParser = (rest, ctx) => {
  let typeEnd = 0;
  while (typeEnd < rest.length && !isGoSpace(rest[typeEnd])) typeEnd++;
  if (typeEnd === 0) return none;
  const next = goTrimLeft(rest.slice(typeEnd));
  const cmd = parseMaybeJSON(next, ctx);
  return { args: [makeNode(rest.slice(0, typeEnd)), ...cmd.args], json: cmd.json };
};

// Unknown instructions keep one empty argument, as BuildKit's parseIgnore (dumped `(bar "")`).
const ignore: LineParser = () => plain([makeNode('')]);

const dispatch: Record<string, LineParser> = {
  add: parseMaybeJSONToList,
  arg: parseNameOrNameVal,
  cmd: parseMaybeJSON,
  copy: parseMaybeJSONToList,
  entrypoint: parseMaybeJSON,
  env: (rest, ctx) => parseNameVal(rest, 'ENV', ctx.escape),
  expose: parseStringsWhitespaceDelimited,
  from: parseStringsWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: (rest, ctx) => parseNameVal(rest, 'LABEL', ctx.escape),
  maintainer: parseString,
  onbuild: parseSubCommand,
  run: parseMaybeJSON,
  shell: parseMaybeJSON,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJSONToList,
  workdir: parseString,
};

export function parseLineArgs(cmd: string, rest: string, ctx: LineContext): LineResult {
  const fn = Object.hasOwn(dispatch, cmd.toLowerCase()) ? dispatch[cmd.toLowerCase()] : ignore;
  return fn(rest, ctx);
}
