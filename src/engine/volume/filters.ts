/**
 * `docker volume ls --filter` (dangling, name, label, driver) and `docker volume
 * prune --filter` (label, label!, all), as moby's volume service applies them. The
 * route decodes the filter JSON; this module only sees each key's values.
 */
import { invalidParameter } from '../errdefs.ts';
import type { Volume } from './volume.ts';

export interface FilterInput {
  keys: string[];
  values(key: string): string[];
}

function labelMatches(labels: Record<string, string> | null, spec: string): boolean {
  const eq = spec.indexOf('=');
  if (!labels) return false;
  if (eq < 0) return spec in labels;
  return labels[spec.slice(0, eq)] === spec.slice(eq + 1);
}

function boolValue(key: string, v: string): boolean {
  if (['true', '1'].includes(v.toLowerCase())) return true;
  if (['false', '0'].includes(v.toLowerCase())) return false;
  throw invalidParameter(`invalid filter '${key}=${v}'`);
}

export function filterVolumes(volumes: Volume[], filters: FilterInput): Volume[] {
  for (const key of filters.keys) if (!['dangling', 'name', 'label', 'driver'].includes(key)) throw invalidParameter(`invalid filter '${key}'`);
  const dangling = filters.values('dangling').map((v) => boolValue('dangling', v));
  return volumes.filter((v) => {
    const any = (key: string, pred: (value: string) => boolean) => filters.values(key).length === 0 || filters.values(key).some(pred);
    return (
      dangling.every((d) => d === (v.users.size === 0)) &&
      any('name', (n) => v.name.includes(n)) &&
      any('driver', (d) => v.driver === d) &&
      filters.values('label').every((l) => labelMatches(v.labels, l))
    );
  });
}

/** Prune options from its filters: `all=true` widens to named volumes, labels protect. */
export function pruneOptions(filters: FilterInput): { all: boolean; keep: (v: Volume) => boolean } {
  for (const key of filters.keys) if (!['label', 'label!', 'all'].includes(key)) throw invalidParameter(`invalid filter '${key}'`);
  const all = filters.values('all').some((v) => boolValue('all', v));
  const keep = (v: Volume) => !filters.values('label').every((l) => labelMatches(v.labels, l)) || filters.values('label!').some((l) => labelMatches(v.labels, l));
  return { all, keep };
}
