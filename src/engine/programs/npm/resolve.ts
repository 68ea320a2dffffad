/**
 * npm's dependency tree, the way arborist lays it out: every package hoisted to the
 * top `node_modules` unless a different version already sits there, in which case it
 * nests under the package that needs it. Unknown names and unsatisfiable ranges fail
 * with npm's error codes (E404, ETARGET).
 */
import { npmIndex, type PackageVersion } from './registry.ts';
import { maxSatisfying } from './semver.ts';

export interface Placed {
  /** `node_modules/debug` or `node_modules/send/node_modules/ms`. */
  location: string;
  name: string;
  pkg: PackageVersion;
}

export class NpmResolveError extends Error {
  constructor(
    readonly code: 'E404' | 'ETARGET',
    readonly spec: string,
  ) {
    super(`${code} ${spec}`);
  }
}

export function pick(name: string, range: string): PackageVersion {
  const versions = npmIndex[name];
  if (!versions) throw new NpmResolveError('E404', `${name}@${range}`);
  const version = maxSatisfying(versions.map((x) => x.version), range);
  if (!version) throw new NpmResolveError('ETARGET', `${name}@${range}`);
  return versions.find((x) => x.version === version)!;
}

/** Resolve a package.json's dependencies into a placed tree, sorted by location. */
export function resolveTree(dependencies: Record<string, string>): Placed[] {
  const placed = new Map<string, Placed>();
  const queue: { name: string; range: string; parent: string }[] = Object.entries(dependencies).map(([name, range]) => ({ name, range, parent: '' }));
  while (queue.length > 0) {
    const { name, range, parent } = queue.shift()!;
    const pkg = pick(name, range);
    // Walk up from the dependent: the nearest copy wins if it fits.
    let dir = parent;
    let satisfied = false;
    for (;;) {
      const here = placed.get(`${dir ? `${dir}/` : ''}node_modules/${name}`);
      if (here) {
        satisfied = here.pkg.version === pkg.version;
        break;
      }
      if (dir === '') break;
      dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '';
    }
    if (satisfied) continue;
    const top = `node_modules/${name}`;
    const location = placed.has(top) ? `${parent}/node_modules/${name}` : top;
    placed.set(location, { location, name, pkg });
    for (const [dep, r] of Object.entries(pkg.dependencies)) queue.push({ name: dep, range: r, parent: location });
  }
  return [...placed.values()].sort((a, b) => (a.location < b.location ? -1 : 1));
}
