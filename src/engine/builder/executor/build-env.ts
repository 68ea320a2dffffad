/**
 * What every step of one build shares: the daemon, the image service, the uploaded
 * context, the request's options, the output stream, the stages finished so far (for
 * `FROM <stage>` and `COPY --from`), and the escape token for expansions.
 */
import type { DaemonContext } from '../../daemon/context.ts';
import type { ImageService } from '../../daemon/images/service.ts';
import type { ImageConfig } from '../../image/config.ts';
import type { BuildContext } from '../context/build-context.ts';
import type { EscapeToken } from '../parser/directives.ts';
import type { BuildOptions } from './options.ts';
import type { BuildOutput } from './output.ts';

export interface FinishedStage {
  name: string;
  index: number;
  imageId: string;
  image: ImageConfig;
}

export interface BuildEnv {
  ctx: DaemonContext;
  service: ImageService;
  context: BuildContext;
  options: BuildOptions;
  out: BuildOutput;
  escapeToken: EscapeToken;
  stages: FinishedStage[];
}

/** A failure during the build: reported in-band with `code` (a RUN's exit status). */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}

export const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

export const requiresBuildKit = (flag: string) =>
  new BuildError(`the --${flag} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`);
