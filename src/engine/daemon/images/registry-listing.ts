/**
 * Dockyard's `GET /_dockyard/registries`: the registries the daemon can reach and what
 * each holds — repositories, tags, manifest digests — for the Registry inspector. The
 * Engine API has no such call (a registry is asked directly with `/v2/_catalog`); this
 * reads the simulated registries without pulling or seeding anything: Hub repositories
 * nobody pulled yet list their tags from the seed data, without digests.
 */
import { hubImages } from '../../registry/hub/index.ts';
import type { Registry } from '../../registry/registry.ts';
import type { ImageService } from './service.ts';

export interface RegistryListing {
  host: string;
  repositories: { name: string; tags: { tag: string; digest?: string }[] }[];
}

function seededTags(repository: string): { tag: string }[] {
  return hubImages
    .filter((spec) => spec.repository === repository)
    .flatMap((spec) => spec.tags)
    .sort()
    .map((tag) => ({ tag }));
}

export function registryListing(service: ImageService): RegistryListing[] {
  const seen = new Set<Registry>();
  const out: RegistryListing[] = [];
  for (const host of service.registries.hosts()) {
    const registry = service.registries.get(host);
    // localhost:5000 and 127.0.0.1:5000 are one registry: list it once, under its first name.
    if (!registry || seen.has(registry)) continue;
    seen.add(registry);
    out.push({
      host,
      repositories: registry.listing().map((r) => ({ name: r.name, tags: r.tags ?? seededTags(r.name) })),
    });
  }
  return out;
}
