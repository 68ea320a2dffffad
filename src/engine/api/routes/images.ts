/**
 * Image routes (moby api/server/router/image and the image parts of system): list,
 * pull (`/images/create`), inspect, history, tag, push, remove, prune, commit, plus
 * `/auth` and `/system/df`.
 */
import type { DaemonContext } from '../../daemon/context.ts';
import { sizeRw } from '../../daemon/containers/changes.ts';
import { filterValues } from '../../daemon/containers/manage.ts';
import { containerSummary } from '../../daemon/containers/views.ts';
import { commitContainer } from '../../daemon/images/commit.ts';
import { imageLayerFiles } from '../../daemon/images/layer-files.ts';
import { registryListing } from '../../daemon/images/registry-listing.ts';
import { importRoute } from './archive.ts';
import type { ImageService } from '../../daemon/images/service.ts';
import { imageDiskUsage, imageHistory, imageInspect, imageSummary } from '../../daemon/images/views.ts';
import { pull } from '../../distribution/pull.ts';
import { push } from '../../distribution/push.ts';
import { registryFor } from '../../distribution/deps.ts';
import { invalidParameter } from '../../errdefs.ts';
import { deleteImage } from '../../image/delete.ts';
import { pruneImages } from '../../image/prune.ts';
import { resolveImage } from '../../image/resolve.ts';
import { tagImage } from '../../image/tag.ts';
import { familiarName, parseNormalizedNamed } from '../../reference/index.ts';
import type { Credentials } from '../../registry/auth.ts';
import { defaultHeaders, json, queryBool, queryString, type Route } from '../router.ts';
import type { ApiRequest, JsonMessage } from '../types.ts';
import { volumeDfView } from '../../volume/views.ts';
import { buildCacheUsage, pruneBuildCache } from '../../builder/buildkit/cache.ts';
import { route, parseFilters } from './route.ts';

/** X-Registry-Auth: base64url JSON `{username, password, serveraddress}`; `e30=` (`{}`) is anonymous. */
export function registryAuth(request: ApiRequest): Credentials | undefined {
  const header = request.headers?.['x-registry-auth'];
  if (!header) return undefined;
  try {
    const text = atob(header.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = JSON.parse(text) as { username?: string; password?: string };
    return parsed.username ? { username: parsed.username, password: parsed.password ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

function stream(messages: AsyncIterable<JsonMessage>) {
  return { status: 200, headers: { ...defaultHeaders(), 'Content-Type': 'application/json' }, messages };
}

/** `reference=alpine*` style patterns against familiar names (path.Match semantics). */
function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return re.test(text);
}

export function imageRoutes(ctx: DaemonContext, service: ImageService): Route[] {
  const name = '(.+)';
  return [
    route('GET', '/images/json', ({ query }) => {
      const filters = parseFilters(queryString(query, 'filters'));
      const dangling = filterValues(filters, 'dangling');
      const references = filterValues(filters, 'reference');
      // Without -a, only intermediate images are hidden: untagged images that are parents of others.
      const all = service.images.all();
      const parents = new Set(all.map((img) => img.parent));
      const named = (img: (typeof all)[number]) => service.refs.references(img.id).length > 0;
      let list = all.filter((img) => queryBool(query, 'all') || named(img) || !parents.has(img.id));
      if (dangling.length > 0) list = list.filter((img) => (service.refs.repoTags(img.id).length === 0) === (dangling[0] === 'true'));
      if (references.length > 0) {
        list = list.filter((img) =>
          service.refs.repoTags(img.id).some((tag) => references.some((p) => globMatch(p, tag) || globMatch(p, tag.replace(/:[^:/]+$/, '')))),
        );
      }
      list.sort((a, b) => b.created - a.created);
      return json(200, list.map((img) => imageSummary(service, img)));
    }),
    route('POST', '/images/create', (input) => {
      const { request, query } = input;
      const fromImage = queryString(query, 'fromImage');
      if (!fromImage) return importRoute(ctx, service, input);
      const tag = queryString(query, 'tag') ?? '';
      const ref = tag === '' ? fromImage : tag.includes(':') ? `${fromImage}@${tag}` : `${fromImage}:${tag}`;
      return stream(pull(ref, service.deps, registryAuth(request)));
    }),
    route('GET', `/images/${name}/json`, ({ params }) => json(200, imageInspect(service, resolveImage(service.images, service.refs, params[0])))),
    route('GET', '/_dockyard/registries', () => json(200, registryListing(service))),
    route('GET', `/_dockyard/images/${name}/layers`, ({ params }) => json(200, imageLayerFiles(service, resolveImage(service.images, service.refs, params[0])))),
    route('GET', `/images/${name}/history`, ({ params }) => json(200, imageHistory(service, resolveImage(service.images, service.refs, params[0])))),
    route('POST', `/images/${name}/tag`, ({ params, query }) => {
      const repo = queryString(query, 'repo');
      if (!repo) throw invalidParameter('repository name must have at least one component');
      const tag = queryString(query, 'tag');
      tagImage(service.deps, params[0], tag ? `${repo}:${tag}` : repo);
      return { status: 201, headers: defaultHeaders() };
    }),
    route('POST', `/images/${name}/push`, ({ params, query, request }) => {
      const tag = queryString(query, 'tag');
      return stream(push(tag ? `${params[0]}:${tag}` : params[0], service.deps, registryAuth(request)));
    }),
    route('DELETE', `/images/${name}`, ({ params, query }) =>
      json(200, deleteImage(service.deps, params[0], { force: queryBool(query, 'force'), noprune: queryBool(query, 'noprune') })),
    ),
    route('POST', '/images/prune', ({ query }) => {
      const filters = parseFilters(queryString(query, 'filters'));
      const all = filterValues(filters, 'dangling').includes('false');
      return json(200, pruneImages(service.deps, { all }));
    }),
    route('POST', '/commit', ({ query }) => {
      const container = ctx.containers.get(queryString(query, 'container') ?? '');
      const repo = queryString(query, 'repo');
      if (repo) parseNormalizedNamed(repo);
      const id = commitContainer(service, container, {
        repo,
        tag: queryString(query, 'tag'),
        comment: queryString(query, 'comment'),
        author: queryString(query, 'author'),
        now: ctx.clock.now(),
      });
      return json(201, { Id: id });
    }),
    route('POST', '/auth', ({ request }) => {
      const body = (request.body ?? {}) as { username?: string; password?: string; serveraddress?: string };
      const server = body.serveraddress || 'https://index.docker.io/v1/';
      const host = /index\.docker\.io|registry-1\.docker\.io|^docker\.io/.test(server) ? 'docker.io' : server.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
      registryFor(service.deps, host).login(body.username ?? '', body.password ?? '');
      return json(200, { Status: 'Login Succeeded', IdentityToken: '' });
    }),
    route('POST', '/build/prune', () => json(200, pruneBuildCache(service))),
    route('GET', '/system/df', () => {
      const { layersSize, images } = imageDiskUsage(service);
      const containers = ctx.containers.all().map((c) => ({ ...containerSummary(ctx, c), SizeRw: sizeRw(c), SizeRootFs: sizeRw(c) + (service.images.get(c.imageId as never)?.size ?? 0) }));
      const volumes = ctx.volumes.all().map((v) => volumeDfView(ctx.volumes, v));
      const buildCache = buildCacheUsage(service).map((r) => ({
        ID: r.ID,
        Parents: null,
        Type: r.Type,
        Description: 'buildkit layer',
        InUse: r.InUse,
        Shared: r.Shared,
        Size: r.Size,
        CreatedAt: new Date(r.CreatedAt).toISOString(),
        LastUsedAt: new Date(r.LastUsedAt).toISOString(),
        UsageCount: 1,
      }));
      return json(200, { LayersSize: layersSize, Images: images, Containers: containers, Volumes: volumes, BuildCache: buildCache });
    }),
  ];
}

export { familiarName };
