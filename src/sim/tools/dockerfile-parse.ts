/**
 * `dockyard parse`: show how the engine's Dockerfile parser reads a file, as JSON
 * (one object per instruction) or as a readable listing. Parse and instruction
 * errors go to stderr with exit code 1; parser warnings (empty continuation lines)
 * go to stderr with exit code 0. Wiring this into the CLI is the caller's job.
 */
import { isEngineError } from '../../engine/errdefs.ts';
import { parseDockerfile, classicWarningLines } from '../../engine/builder/parser/parser.ts';
import { nodeArgs, type Node } from '../../engine/builder/parser/node.ts';
import { parseStages } from '../../engine/builder/instructions/stages.ts';

export interface ParseCommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface JsonInstruction {
  instruction: string;
  args: string[];
  flags: string[];
  json: boolean;
  line: number;
  endLine?: number;
  heredocs?: { name: string; content: string; expand: boolean; chomp: boolean; fileDescriptor: number }[];
}

function toJson(node: Node): JsonInstruction {
  const out: JsonInstruction = {
    instruction: node.value.toUpperCase(),
    args: nodeArgs(node),
    flags: [...node.flags],
    json: node.json,
    line: node.startLine,
  };
  if (node.endLine !== node.startLine) out.endLine = node.endLine;
  if (node.heredocs.length > 0) {
    out.heredocs = node.heredocs.map((h) => ({ name: h.name, content: h.content, expand: h.expand, chomp: h.chomp, fileDescriptor: h.fileDescriptor }));
  }
  return out;
}

const shellForm = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);
const show = (arg: string) => (arg === '' || /\s|"/.test(arg) ? JSON.stringify(arg) : arg);

function describe(i: JsonInstruction): string {
  if (i.json) return 'exec: ' + JSON.stringify(i.args);
  if (i.instruction === 'ENV' || i.instruction === 'LABEL') {
    // The AST holds key, value, separator triples; '' marks the legacy `ENV key value` form.
    const pairs: string[] = [];
    for (let k = 0; k + 2 < i.args.length; k += 3) pairs.push(i.args[k] + (i.args[k + 2] === '' ? ' ' : '=') + i.args[k + 1]);
    return pairs.join(' ');
  }
  if (shellForm.has(i.instruction) && i.args.length > 0) return 'shell: ' + i.args.join(' ');
  return i.args.map(show).join(' ');
}

function listing(instructions: JsonInstruction[]): string {
  const lines: string[] = [];
  for (const i of instructions) {
    const range = i.endLine === undefined ? `${i.line}` : `${i.line}-${i.endLine}`;
    let text = `${range.padEnd(8)}${i.instruction.padEnd(12)}${describe(i)}`;
    if (i.flags.length > 0) text += `   [${i.flags.join(' ')}]`;
    lines.push(text.trimEnd());
    for (const h of i.heredocs ?? []) {
      const count = h.content === '' ? 0 : h.content.split('\n').length - (h.content.endsWith('\n') ? 1 : 0);
      const how = [h.expand ? 'expanded' : 'literal', ...(h.chomp ? ['tabs stripped'] : [])].join(', ');
      lines.push(`${''.padEnd(20)}heredoc ${h.name}: ${count} line${count === 1 ? '' : 's'} (${how})`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Parse `text` and render it.
 *
 * @example
 * parseCommand('FROM alpine\nRUN echo hi\n', { json: false }).stdout
 * // '1       FROM        alpine\n2       RUN         shell: echo hi\n'
 */
export function parseCommand(text: string, options: { json: boolean }): ParseCommandResult {
  try {
    const result = parseDockerfile(text);
    parseStages(result.ast);
    const instructions = result.ast.children.map(toJson);
    const stdout = options.json ? JSON.stringify(instructions, null, 2) + '\n' : listing(instructions);
    const warnings = classicWarningLines(result.warnings);
    return { stdout, stderr: warnings.length > 0 ? warnings.join('\n') + '\n' : '', exitCode: 0 };
  } catch (e) {
    if (!isEngineError(e)) throw e;
    return { stdout: '', stderr: e.message + '\n', exitCode: 1 };
  }
}
