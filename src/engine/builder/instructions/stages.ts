/**
 * A parsed Dockerfile to build stages (BuildKit instructions.Parse): ARGs before the
 * first FROM are meta args, every FROM opens a stage, other instructions join the
 * current one. Errors become `dockerfile parse error on line N: <inner>` with N the
 * instruction's first line, as the classic builder prints them.
 *
 * @example
 * const { stages } = parseStages(parseDockerfile('ARG V=1\nFROM alpine:$V AS base\nRUN true\n').ast);
 * stages[0].name // 'base'
 */
import { EngineError } from '../../errdefs.ts';
import type { Node } from '../parser/node.ts';
import type { Command, Instruction, Stage } from './commands.ts';
import { parseInstruction } from './parse-instruction.ts';

export interface ParsedStages {
  stages: Stage[];
  metaArgs: Extract<Command, { kind: 'ARG' }>[];
}

function lineError(inner: string, node: Node): EngineError {
  return new EngineError('InvalidParameter', `dockerfile parse error on line ${node.startLine}: ${inner}`, {
    inner,
    startLine: node.startLine,
    endLine: node.endLine,
  });
}

/** Parse every instruction of `ast` (the root from parseDockerfile) into stages. */
export function parseStages(ast: Node): ParsedStages {
  const stages: Stage[] = [];
  const metaArgs: ParsedStages['metaArgs'] = [];
  const names = new Set<string>();
  for (const node of ast.children) {
    let instruction: Instruction;
    try {
      instruction = parseInstruction(node);
    } catch (e) {
      if (e instanceof EngineError) throw lineError(e.message, node);
      throw e;
    }
    if (instruction.kind === 'FROM') {
      if (instruction.name !== '') {
        if (names.has(instruction.name)) throw lineError(`${instruction.name} stage name already used`, node);
        names.add(instruction.name);
      }
      stages.push(instruction);
      continue;
    }
    if (stages.length === 0) {
      if (instruction.kind === 'ARG') {
        metaArgs.push(instruction);
        continue;
      }
      throw new EngineError('InvalidParameter', 'no build stage in current context', { startLine: node.startLine, endLine: node.endLine });
    }
    stages[stages.length - 1].commands.push(instruction);
  }
  return { stages, metaArgs };
}

/** Parse the instructions without grouping into stages (ONBUILD triggers, lint tools). */
export function parseInstructions(ast: Node): Instruction[] {
  return ast.children.map((node) => {
    try {
      return parseInstruction(node);
    } catch (e) {
      if (e instanceof EngineError) throw lineError(e.message, node);
      throw e;
    }
  });
}
