/**
 * Archive routes (moby api/server/router/container copy routes and image save/load):
 * `docker cp` (`HEAD`/`GET`/`PUT /containers/{id}/archive`), `docker export`
 * (`GET /containers/{id}/export`), `docker save` (`GET /images/get`), `docker load`
 * (`POST /images/load`), and the `fromSrc` branch of `POST /images/create` (docker
 * import), which the image routes hand over to `importRoute`.
 */
import type { DaemonContext } from '../../daemon/context.ts';
import { containerArchive, containerStatPath, exportContainer, extractToContainer } from '../../daemon/archive/container-archive.ts';
import { importImage } from '../../daemon/archive/import.ts';
import { loadImages } from '../../daemon/archive/load.ts';
import { encodePathStat } from '../../daemon/archive/path-stat.ts';
import { saveImages } from '../../daemon/archive/save.ts';
import type { ImageService } from '../../daemon/images/service.ts';
import { invalidParameter } from '../../errdefs.ts';
import { defaultHeaders, queryBool, queryList, queryString, type Route, type RouteInput } from '../router.ts';
import type { ApiResponse, JsonMessage } from '../types.ts';
import { route } from './route.ts';

const statHeader = 'X-Docker-Container-Path-Stat';

function tarResponse(tar: Uint8Array, extra: Record<string, string> = {}): ApiResponse {
  return { status: 200, headers: { ...defaultHeaders(), 'Content-Type': 'application/x-tar', ...extra }, body: tar };
}

function bodyBytes(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  throw invalidParameter('the request body must be a tar archive');
}

function requiredPath(input: RouteInput): string {
  const path = queryString(input.query, 'path');
  if (!path) throw invalidParameter('not a valid path: path cannot be empty');
  return path;
}

async function* streamOf(messages: JsonMessage[]): AsyncIterable<JsonMessage> {
  yield* messages;
}

function messagesResponse(messages: JsonMessage[]): ApiResponse {
  return { status: 200, headers: { ...defaultHeaders(), 'Content-Type': 'application/json' }, messages: streamOf(messages) };
}

/** `POST /images/create?fromSrc=-&repo=&tag=&message=`: the body tar becomes a one-layer image. */
export function importRoute(ctx: DaemonContext, service: ImageService, input: RouteInput): ApiResponse {
  const src = queryString(input.query, 'fromSrc');
  if (src !== '-') throw invalidParameter(`importing from a URL (${src}) is not simulated by Dockyard: use a file or -`);
  const id = importImage(service, bodyBytes(input.request.body), {
    repo: queryString(input.query, 'repo') || undefined,
    tag: queryString(input.query, 'tag') || undefined,
    message: queryString(input.query, 'message') || undefined,
    now: ctx.clock.now(),
  });
  return messagesResponse([{ status: id }]);
}

export function archiveRoutes(ctx: DaemonContext, service: ImageService): Route[] {
  const id = '([^/]+)';
  return [
    route('GET', `/containers/${id}/archive`, (input) => {
      const container = ctx.containers.get(input.params[0]);
      const path = requiredPath(input);
      if (input.request.method === 'HEAD') {
        const stat = containerStatPath(container, path);
        return { status: 200, headers: { ...defaultHeaders(), 'Content-Type': 'application/x-tar', [statHeader]: encodePathStat(stat) } };
      }
      const { stat, tar } = containerArchive(container, path);
      return tarResponse(tar, { [statHeader]: encodePathStat(stat) });
    }),
    route('PUT', `/containers/${id}/archive`, (input) => {
      const container = ctx.containers.get(input.params[0]);
      extractToContainer(container, requiredPath(input), bodyBytes(input.request.body), {
        noOverwriteDirNonDir: queryBool(input.query, 'noOverwriteDirNonDir'),
        copyUIDGID: queryBool(input.query, 'copyUIDGID'),
      });
      return { status: 200, headers: defaultHeaders() };
    }),
    route('GET', `/containers/${id}/export`, ({ params }) => tarResponse(exportContainer(ctx.containers.get(params[0])))),
    route('GET', '/images/get', ({ query }) => tarResponse(saveImages(service, queryList(query, 'names')))),
    route('POST', '/images/load', ({ request }) => messagesResponse(loadImages(service, bodyBytes(request.body)).map((stream) => ({ stream })))),
  ];
}
