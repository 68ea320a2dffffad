/**
 * `POST /build` (moby api/server/router/build): the body is the context tar, the query
 * the build options. Everything that can fail before output (a missing or unparsable
 * Dockerfile, an unknown `--target`) is an HTTP error; the rest streams as JSON
 * messages. `version=1` is the classic builder; `version=2` is Dockyard's BuildKit,
 * whose every failure — even a parse error — is reported in-band after the first
 * progress, as BuildKit does. Real BuildKit talks gRPC over a hijacked `/session`
 * connection, which a browser cannot open; Dockyard streams BuildKit's SolveStatus as
 * `moby.buildkit.trace` JSON messages on this endpoint instead.
 */
import { buildkitBuild } from '../../builder/buildkit/solver.ts';
import { classicBuild } from '../../builder/executor/classic.ts';
import { parseBuildQuery } from '../../builder/executor/options.ts';
import { prepareBuild } from '../../builder/executor/prepare.ts';
import type { DaemonContext } from '../../daemon/context.ts';
import type { ImageService } from '../../daemon/images/service.ts';
import { invalidParameter } from '../../errdefs.ts';
import { defaultHeaders, type Route } from '../router.ts';

export function buildRoutes(ctx: DaemonContext, service: ImageService): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/build$/,
      handle: ({ request, query }) => {
        const options = parseBuildQuery(query);
        const body = request.body;
        if (body !== undefined && !(body instanceof Uint8Array)) throw invalidParameter('build context must be a tar archive');
        const headers = { ...defaultHeaders(), 'Content-Type': 'application/json' };
        if (options.version === '2') return { status: 200, headers, messages: buildkitBuild(ctx, service, body ?? new Uint8Array(0), options) };
        const prepared = prepareBuild(body ?? new Uint8Array(0), options);
        const messages = classicBuild(ctx, service, prepared, options);
        return { status: 200, headers, messages };
      },
    },
  ];
}
