/**
 * What the engine's events do not say but the diagram draws: an image's layers (diff ID,
 * size, the instruction that created it) and a container's image ID, ports and networks.
 * Asked of the daemon through its Engine API (inspect, history, lists) when a step is
 * recorded — never read from engine internals.
 */
import type { ApiRequest, ApiResponse } from '../../engine/api/types.ts';
import type { SceneLayer } from './types.ts';

/** The slice of the Engine API the scene needs (the consumer owns the interface). */
export type QueryApi = (request: ApiRequest) => Promise<ApiResponse>;

export interface ImageFacts {
  id: string;
  layers: SceneLayer[];
  size: number;
}

export interface ContainerFacts {
  imageId: string;
  ports: string[];
}

interface HistoryEntry {
  CreatedBy?: string;
  Size?: number;
}

async function get<T>(api: QueryApi, path: string, query?: Record<string, string>): Promise<T | undefined> {
  const response = await api({ method: 'GET', path: `/v1.50${path}`, query });
  return response.status === 200 ? (response.body as T) : undefined;
}

const metadataOnly = /^(\/bin\/sh -c #\(nop\))?\s*(ENV|CMD|LABEL|EXPOSE|ENTRYPOINT|USER|ARG|STOPSIGNAL|HEALTHCHECK|SHELL|VOLUME|ONBUILD|MAINTAINER)\b/;

/**
 * Pairs history entries (newest first in the API) with RootFS layers (oldest first). The
 * API does not say which entries made a layer: one with a size did; a metadata instruction
 * (ENV, CMD, …) did not; an empty RUN/COPY may have — the oldest such fill what is missing.
 */
export function layersFromHistory(diffIds: string[], history: HistoryEntry[]): SceneLayer[] {
  const entries = [...history].reverse();
  const kinds = entries.map((e) => ((e.Size ?? 0) > 0 ? 'layer' : metadataOnly.test(e.CreatedBy ?? '') ? 'empty' : 'maybe'));
  let missing = diffIds.length - kinds.filter((k) => k === 'layer').length;
  const layers: SceneLayer[] = [];
  entries.forEach((entry, i) => {
    const makesLayer = kinds[i] === 'layer' || (kinds[i] === 'maybe' && missing-- > 0);
    if (makesLayer && layers.length < diffIds.length) layers.push({ diffId: diffIds[layers.length], size: entry.Size ?? 0, createdBy: entry.CreatedBy ?? '' });
  });
  while (layers.length < diffIds.length) layers.push({ diffId: diffIds[layers.length], size: 0, createdBy: '' });
  return layers;
}

export async function queryImage(api: QueryApi, id: string): Promise<ImageFacts | undefined> {
  const inspect = await get<{ Id: string; Size?: number; RootFS?: { Layers?: string[] } }>(api, `/images/${id}/json`);
  if (!inspect) return undefined;
  const history = (await get<HistoryEntry[]>(api, `/images/${id}/history`)) ?? [];
  return { id: inspect.Id, size: inspect.Size ?? 0, layers: layersFromHistory(inspect.RootFS?.Layers ?? [], history) };
}

export async function queryContainer(api: QueryApi, id: string): Promise<ContainerFacts | undefined> {
  const inspect = await get<{ Image: string; HostConfig?: { PortBindings?: Record<string, { HostIp?: string; HostPort?: string }[] | null> } }>(api, `/containers/${id}/json`);
  if (!inspect) return undefined;
  const ports: string[] = [];
  for (const [port, bindings] of Object.entries(inspect.HostConfig?.PortBindings ?? {})) {
    for (const b of bindings ?? []) ports.push(`${b.HostIp || '0.0.0.0'}:${b.HostPort}->${port}`);
  }
  return { imageId: inspect.Image, ports };
}

export interface Baseline {
  images: { id: string; tags: string[] }[];
  containers: { id: string; name: string; image: string; state: string }[];
  networks: { id: string; name: string; driver: string }[];
  volumes: string[];
}

/** The world as it is when the recorder attaches (a restored sandbox is not empty). */
export async function queryBaseline(api: QueryApi): Promise<Baseline> {
  const images = (await get<{ Id: string; RepoTags?: string[] | null }[]>(api, '/images/json')) ?? [];
  const containers = (await get<{ Id: string; Names: string[]; Image: string; State: string }[]>(api, '/containers/json', { all: '1' })) ?? [];
  const networks = (await get<{ Id: string; Name: string; Driver: string }[]>(api, '/networks')) ?? [];
  const volumes = (await get<{ Volumes?: { Name: string }[] | null }>(api, '/volumes'))?.Volumes ?? [];
  return {
    images: images.map((i) => ({ id: i.Id, tags: (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>') })),
    containers: containers.map((c) => ({ id: c.Id, name: (c.Names[0] ?? '').replace(/^\//, ''), image: c.Image, state: c.State })),
    networks: networks.map((n) => ({ id: n.Id, name: n.Name, driver: n.Driver })),
    volumes: volumes.map((v) => v.Name),
  };
}
