/**
 * WORKDIR on the classic builder (moby dispatchWorkdir): the path joins the previous
 * one, and a container is created so the daemon makes the directory; the step has a
 * layer only when the directory did not exist (`empty_layer` otherwise).
 */
import { resolve } from '../../fs/path.ts';
import type { CommandOf } from '../instructions/commands.ts';
import { createStepContainer } from './run-container.ts';
import { commitStep, nopCmd, tryCache } from './step-meta.ts';
import type { StageState } from './state.ts';
import { short, type BuildEnv } from './build-env.ts';

export function applyWorkdir(state: StageState, cmd: CommandOf<'WORKDIR'>): string {
  state.runConfig.WorkingDir = resolve(state.runConfig.WorkingDir || '/', cmd.path);
  return state.runConfig.WorkingDir;
}

export function dispatchWorkdir(env: BuildEnv, state: StageState, cmd: CommandOf<'WORKDIR'>): void {
  const dir = applyWorkdir(state, cmd);
  const containerCmd = nopCmd(state, `WORKDIR ${dir}`, false);
  if (tryCache(env, state, containerCmd)) return;
  if (!state.imageId) {
    commitStep(env, state, containerCmd, undefined, null);
    return;
  }
  const container = createStepContainer(env.ctx, state.imageId, { ...state.runConfig, Cmd: containerCmd }, state.runConfig.Env ?? []);
  env.out.text(` ---> Running in ${short(container.id)}\n`);
  commitStep(env, state, containerCmd, container, container.diff());
}
