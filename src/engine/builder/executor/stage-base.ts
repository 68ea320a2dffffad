/**
 * Where a stage starts and where `COPY --from` reads (moby builder/dockerfile
 * imagecontext.go + dispatchers.go getFromImage): `scratch`, an earlier stage by name
 * (case-insensitive) or index, or an image — local unless missing or `--pull`, then
 * pulled with its progress shown inline in the build output.
 */
import { isEngineError } from '../../errdefs.ts';
import { pull } from '../../distribution/pull.ts';
import type { ImageConfig } from '../../image/config.ts';
import { resolveImage } from '../../image/resolve.ts';
import { scratchConfig, type StageState } from './state.ts';
import { BuildError, type BuildEnv } from './build-env.ts';

export interface BaseImage {
  imageId: string;
  image: ImageConfig;
}

/** An image by reference: local, or pulled (always with `--pull` when `allowPull`). */
export async function imageByRef(env: BuildEnv, ref: string, forcePull: boolean): Promise<BaseImage> {
  if (!forcePull) {
    try {
      const rec = resolveImage(env.service.images, env.service.refs, ref);
      return { imageId: rec.id, image: rec.config };
    } catch (e) {
      if (!isEngineError(e, 'NotFound')) throw e;
    }
  }
  for await (const message of pull(ref, env.service.deps)) {
    if (message.errorDetail) throw new BuildError(message.errorDetail.message);
    if (!env.options.quiet) env.out.send(message);
  }
  const rec = resolveImage(env.service.images, env.service.refs, ref);
  return { imageId: rec.id, image: rec.config };
}

/** FROM's base: scratch, an earlier stage, or an image. */
export async function resolveBase(env: BuildEnv, baseName: string): Promise<BaseImage> {
  if (baseName.toLowerCase() === 'scratch') return { imageId: '', image: scratchConfig() };
  const stage = env.stages.find((s) => s.name !== '' && s.name === baseName.toLowerCase());
  if (stage) return { imageId: stage.imageId, image: stage.image };
  return imageByRef(env, baseName, env.options.pull);
}

/** `COPY --from=<name|index|image>` (only stages before the current one are stages). */
export async function resolveFrom(env: BuildEnv, state: StageState, from: string): Promise<BaseImage> {
  const byName = env.stages.find((s) => s.name !== '' && s.name === from.toLowerCase());
  if (byName) return byName;
  if (/^\d+$/.test(from)) {
    const index = Number(from);
    const byIndex = env.stages.find((s) => s.index === index);
    if (byIndex) return byIndex;
    throw new BuildError(`invalid from flag value ${from}: refers to current build stage or a stage that comes later (${index} >= ${state.index})`);
  }
  try {
    return await imageByRef(env, from, false);
  } catch (e) {
    throw new BuildError(`invalid from flag value ${from}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
