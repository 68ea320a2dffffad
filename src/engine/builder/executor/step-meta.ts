/**
 * The classic builder's commit of a metadata step (moby internals.go commit): the
 * container config gets the nop comment as its Cmd, the cache is probed with it, and
 * on a miss a container is created (never started) so the step has a container to
 * commit, with `Running in` and `Removed intermediate container` around it.
 */
import { advance, stepConfig, storeStep } from './commit.ts';
import { probeCache } from './cache.ts';
import { createStepContainer, type StepContainer } from './run-container.ts';
import { copyRunConfig, shellOf, type StageState } from './state.ts';
import { short, type BuildEnv } from './build-env.ts';
import type { TarEntry } from '../../layer/tar.ts';

/** `#(nop)  ENV A=b` (two spaces) for metadata; `#(nop) WORKDIR /app` (one) for WORKDIR/COPY/ADD. */
export function nopCmd(state: StageState, text: string, separate: boolean): string[] {
  return separate ? [...shellOf(state), '#(nop) ', text] : [...shellOf(state), `#(nop) ${text}`];
}

/** Try the cache for a step; prints ` ---> Using cache` and advances on a hit. */
export function tryCache(env: BuildEnv, state: StageState, containerCmd: string[]): boolean {
  if (env.options.noCache) return false;
  const hit = probeCache(env.service, state.imageId, { ...state.runConfig, Cmd: containerCmd });
  if (!hit) return false;
  env.out.text(' ---> Using cache\n');
  advance(state, hit);
  return true;
}

/**
 * Commit a step whose container exists (or, on `scratch`, could not): the layer is the
 * container's diff when `withDiff`, then the container is removed if `rm`.
 */
export function commitStep(env: BuildEnv, state: StageState, containerCmd: string[], container: StepContainer | undefined, layer: TarEntry[] | null): void {
  const config = stepConfig(env.service, state, {
    createdBy: containerCmd.join(' '),
    containerConfig: { ...copyRunConfig(state.runConfig), Cmd: containerCmd },
    layer,
    containerId: container?.id,
    now: env.ctx.clock.now(),
  });
  const record = storeStep(env.service, config, state.imageId);
  if (container && env.options.rm) {
    container.remove();
    env.out.text(` ---> Removed intermediate container ${short(container.id)}\n`);
  }
  advance(state, record);
}

/** A metadata instruction's commit, as every classic metadata dispatcher ends. */
export function commitMetadata(env: BuildEnv, state: StageState, text: string): void {
  const cmd = nopCmd(state, text, true);
  if (tryCache(env, state, cmd)) return;
  let container: StepContainer | undefined;
  if (state.imageId) {
    container = createStepContainer(env.ctx, state.imageId, { ...state.runConfig, Cmd: cmd }, state.runConfig.Env ?? []);
    env.out.text(` ---> Running in ${short(container.id)}\n`);
  }
  commitStep(env, state, cmd, container, null);
}
