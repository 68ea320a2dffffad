/**
 * One AST node to one typed instruction (BuildKit ParseInstruction). Unknown names
 * are rejected here, not by the parser, with a "did you mean" suggestion.
 */
import { invalidParameter } from '../../errdefs.ts';
import type { Node } from '../parser/node.ts';
import type { Instruction } from './commands.ts';
import { parseCmd, parseEntrypoint, parseRun, parseShell } from './parse-exec.ts';
import { parseAdd, parseCopy } from './parse-copy.ts';
import { parseFrom } from './parse-from.ts';
import { parseHealthcheck } from './parse-healthcheck.ts';
import { parseArg, parseEnv, parseLabel } from './parse-kv.ts';
import { parseExpose, parseMaintainer, parseOnbuild, parseStopSignal, parseUser, parseVolume, parseWorkdir } from './parse-simple.ts';
import { requestFromNode, type ParseRequest } from './request.ts';
import { withSuggestion } from './suggest.ts';

const parsers: Record<string, (req: ParseRequest) => Instruction> = {
  add: parseAdd,
  arg: parseArg,
  cmd: parseCmd,
  copy: parseCopy,
  entrypoint: parseEntrypoint,
  env: parseEnv,
  expose: parseExpose,
  from: parseFrom,
  healthcheck: parseHealthcheck,
  label: parseLabel,
  maintainer: parseMaintainer,
  onbuild: parseOnbuild,
  run: parseRun,
  shell: parseShell,
  stopsignal: parseStopSignal,
  user: parseUser,
  volume: parseVolume,
  workdir: parseWorkdir,
};

/** Every instruction name, lowercase, as BuildKit's command list. */
export const INSTRUCTION_NAMES: readonly string[] = Object.keys(parsers);

/** Parse one instruction node. Throws the inner message (no line prefix). */
export function parseInstruction(node: Node): Instruction {
  const key = node.value.toLowerCase();
  const parser = Object.hasOwn(parsers, key) ? parsers[key] : undefined;
  if (!parser) throw invalidParameter(withSuggestion(`unknown instruction: ${node.value}`, node.value, INSTRUCTION_NAMES, false));
  return parser(requestFromNode(node));
}
