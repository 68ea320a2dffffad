/**
 * Dockyard's BuildKit stand-in (`POST /build?version=2`): not implemented yet; the
 * classic builder (`version=1`) is complete.
 */
import type { JsonMessage } from '../../../api/types.ts';
import type { DaemonContext } from '../../../daemon/context.ts';
import type { ImageService } from '../../../daemon/images/service.ts';
import type { BuildOptions } from '../options.ts';
import type { PreparedBuild } from '../prepare.ts';
import { classicBuild } from '../classic.ts';

export function buildkitBuild(ctx: DaemonContext, service: ImageService, prepared: PreparedBuild, options: BuildOptions, _cache: Map<string, string>): AsyncIterable<JsonMessage> {
  return classicBuild(ctx, service, prepared, options);
}
