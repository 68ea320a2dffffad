/**
 * Network routes of the Engine API (moby api/server/router/network), mapped onto the
 * NetworkStore. The daemon adds them to its router with its own store:
 * `networkRoutes(ctx, networks)`.
 */
import type { DaemonContext } from '../../daemon/context.ts';
import { filterValues } from '../../daemon/containers/manage.ts';
import { connectContainer, detachNetwork, endpointConfigOf, type EndpointSettingsRequest } from '../../network/attachments.ts';
import type { NetworkCreateRequest } from '../../network/create-request.ts';
import { filterNetworks, pruneKeeps, type FilterInput } from '../../network/filters.ts';
import type { NetworkStore } from '../../network/store.ts';
import { networkInspect, networkSummary } from '../../network/views.ts';
import { json, noContent, queryString, type Route } from '../router.ts';
import { route as baseRoute, jsonBody, parseFilters } from './route.ts';

function filterInput(text: string | undefined): FilterInput {
  const filters = parseFilters(text);
  return { keys: Object.keys(filters), values: (key) => filterValues(filters, key) };
}

export function networkRoutes(ctx: DaemonContext, store: NetworkStore): Route[] {
  const id = '([^/]+)';
  // These endpoints also answer with a trailing slash (`/networks/`).
  const route = (method: Route['method'], path: string, handle: Route['handle']) => baseRoute(method, `${path}/?`, handle);
  return [
    route('GET', '/networks', ({ query }) => json(200, filterNetworks(store.all(), filterInput(queryString(query, 'filters'))).map(networkSummary))),
    route('POST', '/networks/create', ({ request }) => {
      const network = store.create(jsonBody<NetworkCreateRequest>(request.body));
      return json(201, { Id: network.id, Warning: '' });
    }),
    route('POST', '/networks/prune', ({ query }) => {
      const deleted = store.prune(pruneKeeps(filterInput(queryString(query, 'filters'))));
      return json(200, { NetworksDeleted: deleted.length > 0 ? deleted : null });
    }),
    route('GET', `/networks/${id}`, ({ params }) => json(200, networkInspect(store, store.get(params[0])))),
    route('DELETE', `/networks/${id}`, ({ params }) => {
      store.remove(params[0]);
      return noContent();
    }),
    route('POST', `/networks/${id}/connect`, ({ params, request }) => {
      const { Container, EndpointConfig } = jsonBody<{ Container?: string; EndpointConfig?: EndpointSettingsRequest | null }>(request.body);
      const network = store.get(params[0]);
      const container = ctx.containers.get(Container ?? '');
      const running = container.isRunning || container.status === 'paused';
      connectContainer(store, container.id, running, network.id, endpointConfigOf(EndpointConfig));
      return noContent(200);
    }),
    route('POST', `/networks/${id}/disconnect`, ({ params, request }) => {
      const { Container } = jsonBody<{ Container?: string; Force?: boolean }>(request.body);
      const network = store.get(params[0]);
      const container = ctx.containers.get(Container ?? '');
      detachNetwork(store, container.id, network.id);
      return noContent(200);
    }),
  ];
}
