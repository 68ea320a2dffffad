/**
 * System routes (moby api/server/router/system): `/_ping` with the headers the CLI
 * negotiates on, `/version`, `/info`, `/events`. `/system/df` and `/auth` live with the
 * image routes, which own the stores they report on.
 */
import type { DaemonContext } from '../../daemon/context.ts';
import { eventStream } from '../../daemon/events-stream.ts';
import { infoResponse, versionResponse } from '../../daemon/system-info.ts';
import { defaultHeaders, json, queryString, type Route } from '../router.ts';
import { parseFilters } from './route.ts';

export function systemRoutes(ctx: DaemonContext, daemonId: string, imageCount: () => number): Route[] {
  const ping: Route['handle'] = ({ request }) => ({
    status: 200,
    headers: {
      ...defaultHeaders(),
      'Builder-Version': '1',
      Swarm: 'inactive',
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      Pragma: 'no-cache',
      'Content-Type': 'text/plain; charset=utf-8',
    },
    body: request.method === 'HEAD' ? undefined : 'OK',
  });
  const time = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
  return [
    { method: 'GET', pattern: /^\/_ping$/, handle: ping },
    { method: 'HEAD', pattern: /^\/_ping$/, handle: ping },
    { method: 'GET', pattern: /^\/version$/, handle: () => json(200, versionResponse()) },
    {
      method: 'GET',
      pattern: /^\/info$/,
      handle: () => {
        const all = ctx.containers.all();
        const running = all.filter((c) => c.status === 'running' || c.status === 'restarting').length;
        const paused = all.filter((c) => c.status === 'paused').length;
        return json(200, infoResponse(daemonId, { containers: all.length, running, paused, stopped: all.length - running - paused, images: imageCount() }, ctx.clock.now()));
      },
    },
    {
      method: 'GET',
      pattern: /^\/events$/,
      handle: ({ query }) => ({
        status: 200,
        headers: { ...defaultHeaders(), 'Content-Type': 'application/json' },
        messages: eventStream(ctx.events, {
          since: time(queryString(query, 'since')),
          until: time(queryString(query, 'until')),
          filters: parseFilters(queryString(query, 'filters')),
        }),
      }),
    },
  ];
}
