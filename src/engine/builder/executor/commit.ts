/**
 * Turning a step into an image (moby builder/dockerfile/internals.go commit /
 * commitContainer): the layer of the step's filesystem change, if it has any, goes on
 * top of the parent's layers; the run config, the container config the cache compares,
 * and one history entry (`empty_layer` when nothing changed) complete the new config.
 * The classic builder stores every step's image with its parent; BuildKit mode keeps
 * the config and stores only the final image.
 */
import type { ImageService } from '../../daemon/images/service.ts';
import type { HistoryEntry, ImageConfig, RunConfig } from '../../image/config.ts';
import type { ImageRecord } from '../../image/store.ts';
import { writeTar, type TarEntry } from '../../layer/tar.ts';
import type { Digest } from '../../util/digest.ts';
import { cloneConfig, type StageState } from './state.ts';

export interface StepCommit {
  createdBy: string;
  /** The config the classic cache compares (run config with the step's Cmd); classic only. */
  containerConfig?: RunConfig;
  /** The step's layer entries; null or empty = no layer (unless `forceLayer`). */
  layer: TarEntry[] | null;
  /** BuildKit: RUN/COPY/ADD/WORKDIR always own a layer, even an empty one. */
  forceLayer?: boolean;
  comment?: string;
  containerId?: string;
  now: number;
}

/** The config of the image this step makes (layer registered in the layer store). */
export function stepConfig(service: ImageService, state: StageState, step: StepCommit): ImageConfig {
  const base = state.image;
  const diffIds = [...base.rootfs.diff_ids];
  const hasLayer = (step.layer !== null && step.layer.length > 0) || step.forceLayer === true;
  if (hasLayer) {
    const tar = writeTar(step.layer ?? []);
    const layer = service.layers.register(tar, service.layers.chainIdOf(diffIds));
    diffIds.push(layer.diffId);
  }
  const created = new Date(step.now).toISOString();
  const entry: HistoryEntry = { created, created_by: step.createdBy };
  if (step.comment) entry.comment = step.comment;
  if (!hasLayer) entry.empty_layer = true;
  const config: ImageConfig & { container?: string; container_config?: RunConfig } = {
    architecture: base.architecture,
    os: base.os,
    ...(base.variant ? { variant: base.variant } : {}),
    created,
    config: cloneConfig(state.runConfig),
    rootfs: { type: 'layers', diff_ids: diffIds as Digest[] },
    history: [...base.history, entry],
  };
  if (step.containerConfig) {
    config.docker_version = '28.2.2';
    if (step.containerId) config.container = step.containerId;
    config.container_config = step.containerConfig;
  }
  return config;
}

/** Store a step's image; the classic builder links it to its parent for `docker history` and the cache. */
export function storeStep(service: ImageService, config: ImageConfig, parent: string): ImageRecord {
  return service.images.create(config, parent ? { parent: parent as Digest } : {});
}

/** Advance the stage to a new image. */
export function advance(state: StageState, record: ImageRecord): void {
  state.imageId = record.id;
  state.image = record.config;
  state.runConfig = cloneConfig(record.config.config);
}
