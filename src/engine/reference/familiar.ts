/**
 * The familiar (short) form used everywhere the CLI and daemon talk to people:
 * `docker.io/` dropped, and `library/` dropped when nothing nested follows
 * (distribution/reference `FamiliarName`, `FamiliarString`).
 */
import { defaultDomain, officialRepoPrefix } from './normalize.ts';
import { isNamed, nameOf } from './reference.ts';
import type { AnyReference, Reference } from './reference.ts';

/**
 * `familiarizeName`: the reference with its name shortened.
 * @example familiarize(parseNormalizedNamed('ubuntu')) // → { domain: '', path: 'ubuntu' }
 */
export function familiarize(ref: Reference): Reference {
  if (ref.domain !== defaultDomain) return ref;
  let path = ref.path;
  if (path.startsWith(officialRepoPrefix)) {
    const remainder = path.slice(officialRepoPrefix.length);
    if (!remainder.includes('/')) path = remainder;
  }
  return { ...ref, domain: '', path };
}

/**
 * `FamiliarName`: the short name without tag or digest.
 * @example familiarName(parseNormalizedNamed('docker.io/library/nginx:1')) === 'nginx'
 */
export function familiarName(ref: Reference): string {
  return nameOf(familiarize(ref));
}

/**
 * `FamiliarString`: the short name with tag and digest.
 * @example familiarString(parseNormalizedNamed('myuser/app:v1')) === 'myuser/app:v1'
 */
export function familiarString(ref: AnyReference): string {
  if (!isNamed(ref)) return ref.digest;
  const short = familiarize(ref);
  let s = nameOf(short);
  if (short.tag !== undefined) s += `:${short.tag}`;
  if (short.digest !== undefined) s += `@${short.digest}`;
  return s;
}
