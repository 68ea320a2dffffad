/**
 * What an instruction parser receives from one AST node (BuildKit parseRequest):
 * the argument words, heredocs, exec-form marker, flags and location.
 */
import type { Heredoc, Node } from '../parser/node.ts';
import { nodeArgs } from '../parser/node.ts';
import { BFlags } from './bflags.ts';
import type { CommandBase, InlineFile } from './commands.ts';

export interface ParseRequest {
  command: string;
  args: string[];
  heredocs: Heredoc[];
  json: boolean;
  flags: BFlags;
  original: string;
  startLine: number;
  endLine: number;
  comments: string[];
}

export function requestFromNode(node: Node): ParseRequest {
  return {
    command: node.value,
    args: nodeArgs(node),
    heredocs: node.heredocs,
    json: node.json,
    flags: new BFlags(node.flags),
    original: node.original,
    startLine: node.startLine,
    endLine: node.endLine,
    comments: node.prevComment,
  };
}

export function base(req: ParseRequest): CommandBase {
  return { original: req.original, startLine: req.startLine, endLine: req.endLine, flagsUsed: [...req.flags.used] };
}

/** Exec form keeps the argv; shell form joins the words into one command string. */
export function handleJSONArgs(args: string[], json: boolean): string[] {
  if (args.length === 0) return [];
  return json ? args : [args.join(' ')];
}

export function inlineFile(doc: Heredoc): InlineFile {
  return { name: doc.name, data: doc.content, chomp: doc.chomp, expand: doc.expand, fileDescriptor: doc.fileDescriptor };
}
