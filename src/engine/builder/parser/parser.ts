/**
 * The Dockerfile parser (BuildKit v0.22 frontend/dockerfile/parser.Parse): physical
 * lines to one AST node per instruction. It owns directives, comments, line
 * continuation (with the empty-continuation warning), heredoc bodies and the line
 * numbers; argument shapes are delegated to line-parsers, and instruction semantics
 * (unknown names, arity, flags) to the instructions layer. Errors are EngineErrors
 * `failed to parse Dockerfile: <inner>` carrying the line range in `data`.
 *
 * @example
 * const { ast } = parseDockerfile('FROM alpine\nRUN echo hi\n');
 * ast.children[1].original // 'RUN echo hi'
 */
import { EngineError, invalidParameter } from '../../errdefs.ts';
import { DirectiveParser, trimContinuation, type Directive, type EscapeToken } from './directives.ts';
import { goTrimLeft } from './go-quote.ts';
import { heredocsFromLine } from './heredoc.ts';
import { LineReader, MAX_LINE_BYTES, trimNewline } from './line-reader.ts';
import { parseLineArgs } from './line-parsers.ts';
import { makeNode, type Node } from './node.ts';
import { splitCommand } from './split-command.ts';

export interface ParseWarning {
  short: string;
  detail: string;
  url: string;
  line: number;
}

export interface ParseResult {
  /** The root: `children` holds one node per instruction; start/end lines span them. */
  ast: Node;
  warnings: ParseWarning[];
  escapeToken: EscapeToken;
  directives: Directive[];
}

export interface ParseOptions {
  /** The Dockerfile's name for the empty-file message; default `Dockerfile`. */
  name?: string;
}

const trimLeadingSpace = goTrimLeft;
const isComment = (line: string) => trimLeadingSpace(trimNewline(line)).startsWith('#');
const heredocInstructions = new Set(['add', 'copy', 'run']);

/** Parse failures as the classic builder reports them. */
function parseFailure(inner: string, startLine: number, endLine: number): EngineError {
  return new EngineError('InvalidParameter', `failed to parse Dockerfile: ${inner}`, { inner, startLine, endLine });
}

function innerMessage(e: unknown): string {
  if (e instanceof EngineError) return e.message;
  throw e;
}

/** BuildKit canContainHeredoc: RUN/COPY/ADD in shell form, directly or as ONBUILD's trigger. */
function canContainHeredoc(node: Node): boolean {
  let n = node;
  if (n.value.toLowerCase() === 'onbuild' && n.args[0]?.children.length) n = n.args[0].children[0];
  return heredocInstructions.has(n.value.toLowerCase()) && !n.json;
}

/**
 * One logical line to a node. `ONBUILD x` nests x as a sub-instruction; chains are
 * built in a loop, not by recursion, so `ONBUILD ONBUILD ...` cannot exhaust the stack
 * (the instruction layer rejects such chains later).
 */
function newNodeFromLine(line: string, escape: EscapeToken, comments: string[]): Node {
  const chain: { cmd: string; flags: string[]; line: string }[] = [];
  let current = line;
  for (;;) {
    const { cmd, flags, args } = splitCommand(current);
    if (cmd.toLowerCase() !== 'onbuild' || args === '') {
      const parsed = parseLineArgs(cmd, args, { escape });
      let node = makeNode(cmd, { original: current, flags, args: parsed.args, json: parsed.json });
      for (let i = chain.length - 1; i >= 0; i--) {
        node = makeNode(chain[i].cmd, { original: chain[i].line, flags: chain[i].flags, args: [makeNode('', { children: [node] })] });
      }
      node.prevComment = comments;
      return node;
    }
    chain.push({ cmd, flags, line: current });
    current = args;
  }
}

/** Parse Dockerfile text into an AST. Throws `EngineError('InvalidParameter')`. */
export function parseDockerfile(text: string, options: ParseOptions = {}): ParseResult {
  if (text.length === 0) throw invalidParameter(`the Dockerfile (${options.name ?? 'Dockerfile'}) cannot be empty`);
  const directives = new DirectiveParser();
  const reader = new LineReader(text);
  const root = makeNode('', { startLine: -1 });
  const warnings: ParseWarning[] = [];
  let comments: string[] = [];
  let currentLine = 0;

  const processLine = (raw: string, stripLeft: boolean): string => {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeadingSpace(token);
    try {
      directives.parseLine(token);
    } catch (e) {
      throw parseFailure(innerMessage(e), currentLine, 0);
    }
    return token.startsWith('#') ? '' : token;
  };

  for (let physical = reader.next(); physical !== null; physical = reader.next()) {
    const raw = physical.text;
    if (isComment(raw)) {
      // BuildKit drops the first byte of the raw line, whatever it is, then trims.
      const comment = raw.slice(1).trim();
      comments = comment === '' ? [] : [...comments, comment];
    }
    const processed = processLine(raw, true);
    currentLine++;
    const startLine = currentLine;
    let { text: line, continues } = trimContinuation(processed, directives.escapeToken);
    if (!continues && line === '') continue;

    let hasEmptyContinuation = false;
    while (continues) {
      const next = reader.next();
      if (next === null) break;
      const cont = processLine(next.text, false);
      currentLine++;
      if (isComment(next.text)) continue;
      if (trimLeadingSpace(trimNewline(cont)) === '') {
        hasEmptyContinuation = true;
        continue;
      }
      const trimmed = trimContinuation(cont, directives.escapeToken);
      line += trimmed.text;
      continues = trimmed.continues;
    }
    if (hasEmptyContinuation) {
      warnings.push({
        short: `Empty continuation line found in: ${line}`,
        detail: 'Empty continuation lines will become errors in a future release',
        url: 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/',
        line: currentLine,
      });
    }

    let child: Node;
    try {
      child = newNodeFromLine(line, directives.escapeToken, comments);
      if (canContainHeredoc(child) && line.includes('<<')) {
        for (const doc of heredocsFromLine(line)) {
          let content = '';
          let terminated = false;
          for (let body = reader.next(); body !== null; body = reader.next()) {
            currentLine++;
            let candidate = trimNewline(body.text);
            if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
            if (candidate === doc.name) {
              terminated = true;
              break;
            }
            content += body.text + (body.newline ? '\n' : '');
          }
          if (!terminated) throw invalidParameter('unterminated heredoc');
          child.heredocs.push({ ...doc, content });
        }
      }
    } catch (e) {
      throw parseFailure(innerMessage(e), startLine, currentLine);
    }
    child.startLine = startLine;
    child.endLine = currentLine;
    if (root.startLine < 0) root.startLine = startLine;
    root.endLine = currentLine;
    root.children.push(child);
    comments = [];
  }

  if (root.startLine < 0) throw parseFailure('file with no instructions', currentLine, 0);
  if (reader.tooLong) throw parseFailure(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`, currentLine, 0);
  return { ast: root, warnings, escapeToken: directives.escapeToken, directives: directives.directives };
}

/** The classic builder's rendering of parser warnings in the build output. */
export function classicWarningLines(warnings: readonly ParseWarning[]): string[] {
  if (warnings.length === 0) return [];
  return [...warnings.map((w) => `[WARNING]: ${w.short}`), `[WARNING]: ${warnings[0].detail}.`];
}
