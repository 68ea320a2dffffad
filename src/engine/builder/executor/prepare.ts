/**
 * Everything the builder checks before it sends a byte (errors here are HTTP 400s, as
 * moby returns them before the stream starts): the context and its Dockerfile, the
 * parse, `--label`s appended as a final LABEL instruction (moby builder.go), the stages
 * and `--target`, and the number of steps for `Step N/M`.
 */
import { invalidParameter } from '../../errdefs.ts';
import { readBuildContext, type BuildContext } from '../context/build-context.ts';
import type { Stage } from '../instructions/commands.ts';
import { parseStages, type ParsedStages } from '../instructions/stages.ts';
import { classicWarningLines, parseDockerfile, type ParseResult } from '../parser/parser.ts';
import type { BuildOptions } from './options.ts';

export interface PreparedBuild {
  context: BuildContext;
  parse: ParseResult;
  stages: Stage[];
  metaArgs: ParsedStages['metaArgs'];
  totalSteps: number;
  warnings: string[];
}

function labelLine(labels: Record<string, string>): string {
  return 'LABEL ' + Object.keys(labels).sort().map((k) => `${JSON.stringify(k)}='${labels[k]}' `).join('');
}

/** @throws InvalidParameter with Docker's message for every up-front failure. */
export function prepareBuild(tar: Uint8Array, options: BuildOptions): PreparedBuild {
  const context = readBuildContext(tar, options.dockerfile);
  if (context.dockerfile.length === 0) throw invalidParameter(`the Dockerfile (${context.dockerfileName}) cannot be empty`);
  const parse = parseDockerfile(context.dockerfile, { name: context.dockerfileName });
  if (Object.keys(options.labels).length > 0) {
    const node = parseDockerfile(labelLine(options.labels)).ast.children[0];
    parse.ast.children.push(node);
  }
  const parsed = parseStages(parse.ast);
  let stages = parsed.stages;
  if (options.target) {
    const index = stages.findIndex((s) => s.name === options.target.toLowerCase());
    if (index < 0) throw invalidParameter(`target stage "${options.target}" could not be found`);
    stages = stages.slice(0, index + 1);
  }
  if (stages.length === 0) throw invalidParameter('No image was generated. Is your Dockerfile empty?');
  const totalSteps = parsed.metaArgs.length + stages.reduce((n, s) => n + 1 + s.commands.length, 0);
  return { context, parse, stages, metaArgs: parsed.metaArgs, totalSteps, warnings: classicWarningLines(parse.warnings) };
}
