/**
 * `docker network ls --filter` and `docker network prune --filter` (moby
 * daemon/network/filter.go). The route decodes the API's filter JSON; this module only
 * sees each key's values, so it does not depend on the API layer.
 */
import { invalidParameter } from '../errdefs.ts';
import type { Network } from './network.ts';

export interface FilterInput {
  keys: string[];
  values(key: string): string[];
}

const listKeys = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];

function labelMatches(labels: Record<string, string>, spec: string): boolean {
  const eq = spec.indexOf('=');
  if (eq < 0) return spec in labels;
  return labels[spec.slice(0, eq)] === spec.slice(eq + 1);
}

/** @throws InvalidParameter `invalid filter 'x'` for keys Docker does not know. */
export function filterNetworks(networks: Network[], filters: FilterInput): Network[] {
  for (const key of filters.keys) if (!listKeys.includes(key)) throw invalidParameter(`invalid filter '${key}'`);
  for (const t of filters.values('type')) {
    if (t !== 'custom' && t !== 'builtin') throw invalidParameter(`invalid filter: 'type'='${t}'`);
  }
  const test = (key: string, pred: (n: Network, v: string) => boolean) => (n: Network) => {
    const values = filters.values(key);
    return values.length === 0 || values.some((v) => pred(n, v));
  };
  const checks = [
    test('name', (n, v) => n.name.includes(v)),
    test('id', (n, v) => n.id.includes(v)),
    test('driver', (n, v) => n.driver === v),
    test('scope', (_n, v) => v === 'local'),
    test('type', (n, v) => (v === 'builtin') === n.predefined),
    test('dangling', (n, v) => ['true', '1'].includes(v) === (!n.predefined && n.endpoints.size === 0)),
  ];
  return networks.filter((n) => checks.every((c) => c(n)) && filters.values('label').every((l) => labelMatches(n.labels, l)));
}

/** Prune keeps what `label`/`label!` filters protect (`until` is not simulated). */
export function pruneKeeps(filters: FilterInput): (network: Network) => boolean {
  for (const key of filters.keys) if (!['label', 'label!', 'until'].includes(key)) throw invalidParameter(`invalid filter '${key}'`);
  return (n) =>
    !filters.values('label').every((l) => labelMatches(n.labels, l)) || filters.values('label!').some((l) => labelMatches(n.labels, l));
}
