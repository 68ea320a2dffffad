/**
 * A stage while BuildKit dispatches it: the classic StageState (run config, build args,
 * CMD tracking — so the metadata dispatchers are shared) whose `image` is the config
 * being assembled (layers and history so far), whose `cacheKey` is the key of the
 * state's filesystem, plus the time of its newest layer and its numbering plan.
 * `imageId` stays '' — BuildKit makes no intermediate images.
 */
import type { HistoryEntry, ImageConfig } from '../../image/config.ts';
import type { Digest } from '../../util/digest.ts';
import type { BuildArgs } from '../executor/build-args.ts';
import { beginStage, type StageState } from '../executor/state.ts';
import type { StagePlan } from './plan.ts';

export const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

export interface BkState extends StageState {
  plan: StagePlan;
  /** Virtual ms of the newest layer (metadata history entries take it). */
  created: number;
}

export function beginBkStage(plan: StagePlan, key: string, image: ImageConfig, args: BuildArgs): BkState {
  const state = beginStage(plan.stage.name, plan.index, '', image, args);
  const base = Date.parse(image.created) || 0;
  return { ...state, image: { ...image, history: [...(image.history ?? [])] }, cacheKey: key, plan, created: base };
}

function entry(created: number, createdBy: string, emptyLayer: boolean): HistoryEntry {
  const e: HistoryEntry = { created: new Date(created).toISOString(), created_by: createdBy, comment: HISTORY_COMMENT };
  if (emptyLayer) e.empty_layer = true;
  return e;
}

/** A layer step: the layer on top and its history entry. */
export function appendLayer(state: BkState, diffId: Digest, created: number, createdBy: string): void {
  state.created = Math.max(state.created, created);
  state.image = {
    ...state.image,
    rootfs: { type: 'layers', diff_ids: [...state.image.rootfs.diff_ids, diffId] },
    history: [...state.image.history, entry(created, createdBy, false)],
  };
}

/** A metadata instruction: a history entry with `empty_layer`. */
export function appendMetadata(state: BkState, createdBy: string): void {
  state.image = { ...state.image, history: [...state.image.history, entry(state.created, createdBy, true)] };
}

/** The config the state stands for (run config included), for a transient image or the result. */
export function stateConfig(state: BkState): ImageConfig {
  const created = new Date(state.created).toISOString();
  return { ...state.image, created, config: JSON.parse(JSON.stringify(state.runConfig)) as ImageConfig['config'] };
}
