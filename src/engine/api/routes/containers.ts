/**
 * Container routes of the Engine API (moby api/server/router/container), mapped onto
 * the daemon's container operations.
 */
import type { DaemonContext } from '../../daemon/context.ts';
import { changesResponse } from '../../daemon/containers/changes.ts';
import { createContainer } from '../../daemon/containers/create.ts';
import { createExec, inspectExec, startExec } from '../../daemon/containers/exec.ts';
import type { ExecConfig } from '../../daemon/containers/exec-store.ts';
import { attachContainer, containerLogs, isByteStream } from '../../daemon/containers/logs.ts';
import { listContainers, pruneContainers, renameContainer } from '../../daemon/containers/manage.ts';
import { removeContainer } from '../../daemon/containers/remove.ts';
import { startContainer } from '../../daemon/containers/start.ts';
import { killContainer, pauseContainer, restartContainer, stopContainer, unpauseContainer } from '../../daemon/containers/stop.ts';
import { containerInspect } from '../../daemon/containers/views.ts';
import { containerTop } from '../../daemon/containers/top.ts';
import { waitContainer } from '../../daemon/containers/wait.ts';
import type { CreateRequest } from '../../container/config.ts';
import { defaultHeaders, json, noContent, queryBool, queryInt, queryString, type Route } from '../router.ts';
import type { ApiResponse, StreamFrame } from '../types.ts';
import { route, jsonBody, parseFilters } from './route.ts';

function frames(stream: AsyncIterable<StreamFrame>, tty: boolean): ApiResponse {
  const type = tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream';
  return { status: 200, headers: { ...defaultHeaders(), 'Content-Type': type }, frames: stream };
}

export function containerRoutes(ctx: DaemonContext): Route[] {
  const id = '([^/]+)';
  return [
    route('GET', '/containers/json', ({ query }) =>
      json(200, listContainers(ctx, { all: queryBool(query, 'all'), limit: queryInt(query, 'limit'), size: queryBool(query, 'size'), filters: parseFilters(queryString(query, 'filters')) })),
    ),
    route('POST', '/containers/create', ({ request, query }) => json(201, createContainer(ctx, jsonBody<CreateRequest>(request.body), queryString(query, 'name')))),
    route('POST', '/containers/prune', () => json(200, pruneContainers(ctx))),
    route('GET', `/containers/${id}/json`, ({ params }) => json(200, containerInspect(ctx, ctx.containers.get(params[0])))),
    route('GET', `/containers/${id}/changes`, ({ params }) => json(200, changesResponse(ctx, params[0]))),
    route('GET', `/containers/${id}/top`, ({ params }) => json(200, containerTop(ctx, params[0]))),
    route('POST', `/containers/${id}/start`, ({ params }) => {
      startContainer(ctx, params[0]);
      return noContent();
    }),
    route('POST', `/containers/${id}/stop`, async ({ params, query }) => {
      await stopContainer(ctx, params[0], { timeout: queryInt(query, 't'), signal: queryString(query, 'signal') });
      return noContent();
    }),
    route('POST', `/containers/${id}/restart`, async ({ params, query }) => {
      await restartContainer(ctx, params[0], { timeout: queryInt(query, 't'), signal: queryString(query, 'signal') });
      return noContent();
    }),
    route('POST', `/containers/${id}/kill`, async ({ params, query }) => {
      await killContainer(ctx, params[0], queryString(query, 'signal') || 'SIGKILL');
      return noContent();
    }),
    route('POST', `/containers/${id}/pause`, ({ params }) => {
      pauseContainer(ctx, params[0]);
      return noContent();
    }),
    route('POST', `/containers/${id}/unpause`, ({ params }) => {
      unpauseContainer(ctx, params[0]);
      return noContent();
    }),
    route('POST', `/containers/${id}/rename`, ({ params, query }) => {
      renameContainer(ctx, params[0], queryString(query, 'name') ?? '');
      return noContent();
    }),
    route('POST', `/containers/${id}/wait`, ({ params, query }) => {
      const later = waitContainer(ctx, params[0], queryString(query, 'condition') || 'not-running');
      return { status: 200, headers: { ...defaultHeaders(), 'Content-Type': 'application/json' }, later };
    }),
    route('DELETE', `/containers/${id}`, ({ params, query }) => {
      removeContainer(ctx, params[0], { force: queryBool(query, 'force'), volumes: queryBool(query, 'v') });
      return noContent();
    }),
    route('GET', `/containers/${id}/logs`, ({ params, query }) => {
      const container = ctx.containers.get(params[0]);
      const since = queryString(query, 'since');
      const until = queryString(query, 'until');
      const stream = containerLogs(ctx, params[0], {
        stdout: queryBool(query, 'stdout'),
        stderr: queryBool(query, 'stderr'),
        follow: queryBool(query, 'follow'),
        tail: queryString(query, 'tail'),
        timestamps: queryBool(query, 'timestamps'),
        since: since && since !== '0' ? Number(since) : undefined,
        until: until && until !== '0' ? Number(until) : undefined,
      });
      return frames(stream, !!container.config.Tty);
    }),
    route('POST', `/containers/${id}/attach`, ({ params, query, request }) => {
      const container = ctx.containers.get(params[0]);
      const stdin = queryBool(query, 'stdin') && isByteStream(request.body) ? request.body : undefined;
      return frames(attachContainer(ctx, params[0], { stdout: queryBool(query, 'stdout'), stderr: queryBool(query, 'stderr'), stdin }), !!container.config.Tty);
    }),
    route('POST', `/containers/${id}/exec`, ({ params, request }) => json(201, createExec(ctx, params[0], jsonBody<ExecConfig>(request.body)))),
    route('POST', `/exec/${id}/start`, ({ params, request }) => {
      const options = jsonBody<{ Detach?: boolean; Tty?: boolean; stdin?: unknown }>(request.body);
      const stream = startExec(ctx, params[0], { ...options, stdin: isByteStream(options.stdin) ? options.stdin : undefined });
      if (options.Detach) return noContent(200);
      return frames(stream, !!options.Tty);
    }),
    route('GET', `/exec/${id}/json`, ({ params }) => json(200, inspectExec(ctx, params[0]))),
  ];
}
