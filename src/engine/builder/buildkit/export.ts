/**
 * `exporting to image` with the docker driver (moby's image exporter): the layers are
 * already in the daemon's layer store, the config becomes the image (its ID is the
 * config digest, so a fully cached rebuild gives the same ID), and each `-t` name is
 * tagged (`naming to docker.io/library/app:latest done`).
 */
import { tagImage } from '../../image/tag.ts';
import { parseNormalizedNamed, referenceString, tagNameOnly } from '../../reference/index.ts';
import type { SolveEnv } from './solve-env.ts';
import { stateConfig, type BkState } from './state.ts';

export function exportImage(bk: SolveEnv, state: BkState): string {
  const { service, options } = bk.env;
  const config = stateConfig(state);
  const v = bk.progress.vertex(`export:${state.cacheKey}`, 'exporting to image').start();
  v.status('exporting layers', 0, { done: true });
  const record = service.images.create(config);
  v.status(`writing image ${record.id}`, 0, { done: true });
  for (const t of options.tags) {
    tagImage(service.deps, record.id, t);
    v.status(`naming to ${referenceString(tagNameOnly(parseNormalizedNamed(t)))}`, 0, { done: true });
  }
  v.done();
  return record.id;
}
