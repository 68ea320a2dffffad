/**
 * What every part of one BuildKit solve shares: the classic BuildEnv (daemon, image
 * service, context, options, stream, expansions, finished stages — so classic helpers
 * like expansion and base-image lookup are reused), the progress writer, and the stages
 * already solved in this build.
 */
import type { ImageConfig } from '../../image/config.ts';
import type { BuildEnv } from '../executor/build-env.ts';
import type { Progress } from './progress.ts';

export interface SolvedStage {
  index: number;
  name: string;
  image: ImageConfig;
  cacheKey: string;
}

export interface SolveEnv {
  env: BuildEnv;
  progress: Progress;
  solved: Map<number, SolvedStage>;
}
