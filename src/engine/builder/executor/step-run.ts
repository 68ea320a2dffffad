/**
 * RUN on the classic builder (moby dispatchers.go dispatchRun): the command (SHELL +
 * string, or the exec-form argv), the visible build args as environment and as the
 * `|N k=v` prefix of the cached command, then a real container from the current image
 * whose filesystem change becomes the step's layer. A non-zero exit stops the build.
 */
import type { CommandOf } from '../instructions/commands.ts';
import { createStepContainer, runStepContainer } from './run-container.ts';
import { commitStep, tryCache } from './step-meta.ts';
import { shellOf, type StageState } from './state.ts';
import { BuildError, requiresBuildKit, short, type BuildEnv } from './build-env.ts';

/** The argv a RUN executes and the one its cache/history records. */
export function runCommands(state: StageState, cmd: CommandOf<'RUN'>): { argv: string[]; saved: string[]; argEnv: string[] } {
  const argv = cmd.prependShell ? [...shellOf(state), ...cmd.cmdLine] : [...cmd.cmdLine];
  const allowed = [...state.args.filterAllowed(state.runConfig.Env ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const argEnv = allowed.map(([k, v]) => `${k}=${v}`);
  const saved = argEnv.length > 0 ? [`|${argEnv.length}`, ...argEnv, ...argv] : argv;
  return { argv, saved, argEnv };
}

export async function dispatchRun(env: BuildEnv, state: StageState, cmd: CommandOf<'RUN'>): Promise<void> {
  if (cmd.flagsUsed.length > 0) throw requiresBuildKit(cmd.flagsUsed[0]);
  const { argv, saved, argEnv } = runCommands(state, cmd);
  if (tryCache(env, state, saved)) return;
  if (!state.imageId) throw new BuildError(`failed to create task for container: exec: "${argv[0]}": stat ${argv[0]}: no such file or directory: unknown`, 127);
  const container = createStepContainer(env.ctx, state.imageId, { ...state.runConfig, Cmd: argv }, [...(state.runConfig.Env ?? []), ...argEnv]);
  env.out.text(` ---> Running in ${short(container.id)}\n`);
  const status = await runStepContainer(env.ctx, container, (text) => env.out.text(text));
  if (status !== 0) {
    if (env.options.forceRm) container.remove();
    throw new BuildError(`The command '${argv.join(' ')}' returned a non-zero code: ${status}`, status);
  }
  commitStep(env, state, saved, container, container.diff());
}
