/**
 * The Registry inspector from what the daemon knows (the Engine API lists no registry
 * contents): every repository named by a local image's tags or digests, grouped by
 * registry (Docker Hub's `docker.io` or e.g. `localhost:5000`), with its local tags and
 * the manifest digests the registry gave for a pull or push. A tag with no digest has
 * never been pushed or pulled.
 */
import type { ImageSummary } from './engine-json.ts';
import { shortId, splitTag } from './image-rows.ts';

export interface RepositoryRow {
  registry: string;
  /** Full path in the registry (`library/hello-world`). */
  path: string;
  /** As the CLI shows it (`hello-world`, `localhost:5000/app`). */
  name: string;
  tags: { tag: string; imageId: string }[];
  /** Manifest digests known for this repository (from RepoDigests). */
  digests: { digest: string; imageId: string }[];
}

export interface RegistryGroup {
  registry: string;
  /** `Docker Hub` for docker.io, else the host. */
  title: string;
  repositories: RepositoryRow[];
}

export const hub = 'docker.io';

/**
 * Docker's normalisation: a first component with `.` or `:` or `localhost` is a registry
 * host; on Docker Hub a one-component name lives under `library/`.
 * @example splitRepository('hello-world') // { registry: 'docker.io', path: 'library/hello-world' }
 */
export function splitRepository(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    const registry = first === 'index.docker.io' ? hub : first;
    const path = name.slice(slash + 1);
    return { registry, path: registry === hub && !path.includes('/') ? `library/${path}` : path };
  }
  return { registry: hub, path: slash < 0 ? `library/${name}` : name };
}

function familiar(registry: string, path: string): string {
  if (registry !== hub) return `${registry}/${path}`;
  return path.startsWith('library/') ? path.slice('library/'.length) : path;
}

export function registryGroups(images: readonly ImageSummary[]): RegistryGroup[] {
  const repos = new Map<string, RepositoryRow>();
  const repo = (name: string): RepositoryRow => {
    const { registry, path } = splitRepository(name);
    const key = `${registry}/${path}`;
    let row = repos.get(key);
    if (!row) repos.set(key, (row = { registry, path, name: familiar(registry, path), tags: [], digests: [] }));
    return row;
  };
  for (const image of images) {
    for (const reference of image.RepoTags ?? []) {
      if (reference === '<none>:<none>') continue;
      const { repository, tag } = splitTag(reference);
      repo(repository).tags.push({ tag, imageId: shortId(image.Id) });
    }
    for (const reference of image.RepoDigests ?? []) {
      const at = reference.indexOf('@');
      if (at <= 0 || reference.startsWith('<none>')) continue;
      repo(reference.slice(0, at)).digests.push({ digest: reference.slice(at + 1), imageId: shortId(image.Id) });
    }
  }
  const groups = new Map<string, RepositoryRow[]>();
  for (const row of repos.values()) {
    row.tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
    groups.set(row.registry, [...(groups.get(row.registry) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === hub ? -1 : b === hub ? 1 : a < b ? -1 : 1))
    .map(([registry, rows]) => ({ registry, title: registry === hub ? 'Docker Hub (docker.io)' : registry, repositories: rows.sort((a, b) => (a.name < b.name ? -1 : 1)) }));
}

export const registryNote =
  'Below the registries’ catalogs: the repositories this daemon knows — the tags of local images, and the manifest digests registries gave when images were pulled or pushed.';

/** Dockyard's `GET /_dockyard/registries` answer. */
export interface RegistryListingJson {
  host: string;
  repositories: { name: string; tags: { tag: string; digest?: string }[] }[];
}

export interface CatalogRow {
  name: string;
  tags: { tag: string; digest?: string }[];
}

/** Each reachable registry's catalog, titled for a learner, names in familiar form (`library/` dropped on Docker Hub). */
export function catalogGroups(listing: readonly RegistryListingJson[]): { host: string; title: string; repositories: CatalogRow[] }[] {
  return listing.map((r) => ({
    host: r.host,
    title: r.host === hub ? 'Docker Hub (docker.io)' : `${r.host} (a registry container)`,
    repositories: r.repositories.map((repo) => ({ name: r.host === hub ? repo.name.replace(/^library\//, '') : repo.name, tags: repo.tags })),
  }));
}
