/**
 * The state of one build stage while it is dispatched (moby builder/dockerfile
 * dispatchState): the image the next step starts from, its full config (run config,
 * rootfs, history), the stage's build args, SHELL, and whether CMD was set in this
 * stage (ENTRYPOINT then keeps it). Steps replace `imageId`/`image` as they commit.
 */
import type { ImageConfig, RunConfig } from '../../image/config.ts';
import type { BuildArgs } from './build-args.ts';

export const DEFAULT_SHELL = ['/bin/sh', '-c'];
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface StageState {
  /** Lowercased stage name ('' when unnamed) and its index. */
  name: string;
  index: number;
  /** The current image ('' while on `scratch` with nothing committed yet). */
  imageId: string;
  /** Config of the current image, with `runConfig` being edited by the next step. */
  image: ImageConfig;
  runConfig: RunConfig;
  args: BuildArgs;
  cmdSet: boolean;
  /** BuildKit mode: the cache key of the state so far. */
  cacheKey: string;
}

/** A config for `FROM scratch`: no layers, no history, the default PATH. */
export function scratchConfig(): ImageConfig {
  return {
    architecture: 'amd64',
    os: 'linux',
    created: new Date(0).toISOString(),
    config: { Env: [DEFAULT_PATH] },
    rootfs: { type: 'layers', diff_ids: [] },
    history: [],
  };
}

export function shellOf(state: StageState): string[] {
  return state.runConfig.Shell && state.runConfig.Shell.length > 0 ? state.runConfig.Shell : DEFAULT_SHELL;
}

/** A deep-enough copy of a run config: the step edits it, the parent image keeps its own. */
export function copyRunConfig(c: RunConfig): RunConfig {
  return JSON.parse(JSON.stringify(c)) as RunConfig;
}

export const cloneConfig = copyRunConfig;

export function beginStage(name: string, index: number, imageId: string, image: ImageConfig, args: BuildArgs): StageState {
  const runConfig = copyRunConfig(image.config);
  if (!(runConfig.Env ?? []).some((e) => e.startsWith('PATH='))) runConfig.Env = [...(runConfig.Env ?? []), DEFAULT_PATH];
  return { name, index, imageId, image, runConfig, args, cmdSet: false, cacheKey: imageId };
}
