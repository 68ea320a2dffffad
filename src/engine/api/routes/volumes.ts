/**
 * Volume routes of the Engine API (moby api/server/router/volume), mapped onto the
 * VolumeStore. The daemon adds them to its router with its own store:
 * `volumeRoutes(ctx, volumes)`.
 */
import type { DaemonContext } from '../../daemon/context.ts';
import { filterValues } from '../../daemon/containers/manage.ts';
import { filterVolumes, pruneOptions, type FilterInput } from '../../volume/filters.ts';
import type { VolumeCreateRequest, VolumeStore } from '../../volume/store.ts';
import { volumeView } from '../../volume/views.ts';
import { json, noContent, queryBool, queryString, type Route } from '../router.ts';
import { route as baseRoute, jsonBody, parseFilters } from './route.ts';

function filterInput(text: string | undefined): FilterInput {
  const filters = parseFilters(text);
  return { keys: Object.keys(filters), values: (key) => filterValues(filters, key) };
}

export function volumeRoutes(_ctx: DaemonContext, store: VolumeStore): Route[] {
  const name = '([^/]+)';
  // These endpoints also answer with a trailing slash (`/networks/`).
  const route = (method: Route['method'], path: string, handle: Route['handle']) => baseRoute(method, `${path}/?`, handle);
  return [
    route('GET', '/volumes', ({ query }) =>
      json(200, { Volumes: filterVolumes(store.all(), filterInput(queryString(query, 'filters'))).map(volumeView), Warnings: null }),
    ),
    route('POST', '/volumes/create', ({ request }) => json(201, volumeView(store.create(jsonBody<VolumeCreateRequest>(request.body))))),
    route('POST', '/volumes/prune', ({ query, version }) => {
      const options = pruneOptions(filterInput(queryString(query, 'filters')));
      // Before API 1.42 prune removed named volumes too; `all` arrived with the change.
      const [major, minor] = version.split('.').map(Number);
      if (major === 1 && minor < 42) options.all = true;
      const { deleted, reclaimed } = store.prune(options);
      return json(200, { VolumesDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed });
    }),
    route('GET', `/volumes/${name}`, ({ params }) => json(200, volumeView(store.get(params[0])))),
    route('DELETE', `/volumes/${name}`, ({ params, query }) => {
      store.remove(params[0], { force: queryBool(query, 'force') });
      return noContent();
    }),
  ];
}
