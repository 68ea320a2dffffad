/**
 * One instruction of a stage on the classic builder (moby dispatchers.go dispatch):
 * expand the arguments of the instructions that take variables — with the stage's ENV
 * and declared ARGs from before the instruction — then hand it to its dispatcher.
 * ONBUILD triggers of a base image go through here too, right after FROM.
 */
import { isEngineError } from '../../errdefs.ts';
import type { Command } from '../instructions/commands.ts';
import { parseInstructions } from '../instructions/stages.ts';
import { parseDockerfile } from '../parser/parser.ts';
import { EXPANDED_INSTRUCTIONS, expandCommand, expansionEnv } from '../shell-lex/instruction-expansion.ts';
import { applyMetadata, type MetaCommand } from './metadata.ts';
import { dispatchCopy } from './step-copy.ts';
import { commitMetadata } from './step-meta.ts';
import { dispatchRun } from './step-run.ts';
import { dispatchWorkdir } from './step-workdir.ts';
import type { StageState } from './state.ts';
import { BuildError, type BuildEnv } from './build-env.ts';

/** Expand an instruction's words (errors become build errors). */
export function expand(env: BuildEnv, state: StageState, cmd: Command): Command {
  if (!EXPANDED_INSTRUCTIONS.has(cmd.kind)) return cmd;
  try {
    return expandCommand(cmd, expansionEnv(state.runConfig.Env ?? [], state.args.declared()), env.escapeToken);
  } catch (e) {
    if (isEngineError(e) || e instanceof Error) throw new BuildError(e.message);
    throw e;
  }
}

export async function dispatchCommand(env: BuildEnv, state: StageState, raw: Command): Promise<void> {
  const cmd = expand(env, state, raw);
  switch (cmd.kind) {
    case 'RUN':
      return dispatchRun(env, state, cmd);
    case 'COPY':
    case 'ADD':
      return dispatchCopy(env, state, cmd);
    case 'WORKDIR':
      return dispatchWorkdir(env, state, cmd);
    default: {
      const [text] = applyMetadata(state, cmd as MetaCommand);
      commitMetadata(env, state, text);
    }
  }
}

/** Run the base image's ONBUILD triggers (`# Executing 2 build triggers`), then clear them. */
export async function runTriggers(env: BuildEnv, state: StageState): Promise<void> {
  const triggers = state.runConfig.OnBuild ?? [];
  if (triggers.length === 0) return;
  env.out.text(`# Executing ${triggers.length} build trigger${triggers.length === 1 ? '' : 's'}\n`);
  state.runConfig.OnBuild = null;
  for (const trigger of triggers) {
    let parsed;
    try {
      parsed = parseInstructions(parseDockerfile(trigger).ast);
    } catch (e) {
      throw new BuildError(e instanceof Error ? e.message : String(e));
    }
    for (const instruction of parsed) {
      if (instruction.kind === 'FROM') throw new BuildError("FROM isn't allowed as an ONBUILD trigger");
      await dispatchCommand(env, state, instruction);
    }
  }
}
