/**
 * One stage on BuildKit: its starting state (an earlier stage's result, scratch, or a
 * base image through its FROM vertex), the base image's ONBUILD triggers (numbered as
 * steps, as BuildKit counts them), then every instruction, expanded with the stage's
 * ENV and ARGs, handed to its step.
 */
import type { ImageRecord } from '../../image/store.ts';
import type { Command } from '../instructions/commands.ts';
import { parseInstructions } from '../instructions/stages.ts';
import { parseDockerfile } from '../parser/parser.ts';
import type { BuildArgs } from '../executor/build-args.ts';
import { expand } from '../executor/dispatch.ts';
import type { MetaCommand } from '../executor/metadata.ts';
import { scratchConfig } from '../executor/state.ts';
import { copyStep } from './copy-step.ts';
import { atLines, SolveError } from './errors.ts';
import { metaStep } from './meta-step.ts';
import type { StagePlan } from './plan.ts';
import { runStep } from './run-step.ts';
import type { SolveEnv } from './solve-env.ts';
import { beginBkStage, stateConfig, type BkState } from './state.ts';
import { workdirStep } from './workdir-step.ts';

export async function dispatchCommand(bk: SolveEnv, state: BkState, raw: Command): Promise<void> {
  const lines = { start: raw.startLine, end: raw.endLine };
  let cmd: Command;
  try {
    cmd = expand(bk.env, state, raw);
  } catch (e) {
    throw atLines(e, lines);
  }
  switch (cmd.kind) {
    case 'RUN':
      return runStep(bk, state, cmd);
    case 'COPY':
    case 'ADD':
      return copyStep(bk, state, cmd);
    case 'WORKDIR':
      return workdirStep(bk, state, cmd);
    default:
      try {
        metaStep(state, cmd as MetaCommand);
      } catch (e) {
        throw atLines(e, lines);
      }
  }
}

function triggersOf(state: BkState): Command[] {
  const out: Command[] = [];
  for (const trigger of state.runConfig.OnBuild ?? []) {
    for (const instruction of parseInstructions(parseDockerfile(trigger).ast)) {
      if (instruction.kind === 'FROM') throw new SolveError("FROM isn't allowed as an ONBUILD trigger");
      out.push({ ...instruction, startLine: state.plan.stage.startLine, endLine: state.plan.stage.endLine, original: instruction.original });
    }
  }
  state.runConfig.OnBuild = null;
  return out;
}

/** Dispatch a stage from its base; `from` is the FROM vertex's image when the base is an image. */
export async function dispatchStage(bk: SolveEnv, plan: StagePlan, args: BuildArgs, from: ImageRecord | undefined): Promise<BkState> {
  let state: BkState;
  if (plan.baseStage !== undefined) {
    const base = bk.solved.get(plan.baseStage)!;
    state = beginBkStage(plan, base.cacheKey, base.image, args);
  } else if (from) state = beginBkStage(plan, from.id, from.config, args);
  else state = beginBkStage(plan, 'scratch', scratchConfig(), args);
  const triggers = triggersOf(state);
  plan.total += triggers.filter((c) => ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(c.kind)).length;
  for (const cmd of [...triggers, ...plan.stage.commands]) await dispatchCommand(bk, state, cmd);
  bk.solved.set(plan.index, { index: plan.index, name: plan.stage.name, image: stateConfig(state), cacheKey: state.cacheKey });
  return state;
}
