/**
 * Normalization of user input, as distribution/reference v0.6.0 normalize.go: what
 * `docker pull/push/tag/run` do with the name a person types. `alpine` becomes
 * `docker.io/library/alpine`, `index.docker.io` becomes `docker.io`, and a first path
 * element is a registry only if it is `localhost`, has a `.` or `:`, or has uppercase.
 */
import { EngineError } from '../errdefs.ts';
import { anchoredIdentifier } from './grammar.ts';
import { digestError } from './digest.ts';
import { nameOf, parse, withTag } from './reference.ts';
import type { AnyReference, Reference } from './reference.ts';

export const defaultDomain = 'docker.io';
export const legacyDefaultDomain = 'index.docker.io';
export const officialRepoPrefix = 'library/';
export const defaultTag = 'latest';

const fail = (message: string) => new EngineError('InvalidParameter', message);

/**
 * `splitDockerDomain`: the registry and the rest (path plus any tag/digest).
 * @example splitDockerDomain('ubuntu:22.04') // → ['docker.io', 'library/ubuntu:22.04']
 */
export function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [defaultDomain, officialRepoPrefix + name];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === legacyDefaultDomain) [domain, remote] = [defaultDomain, maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = [defaultDomain, name];
  if (domain === defaultDomain && !remote.includes('/')) remote = officialRepoPrefix + remote;
  return [domain, remote];
}

/**
 * `ParseNormalizedNamed`: user input to a fully qualified reference.
 * @example referenceString(parseNormalizedNamed('alpine:3.19')) === 'docker.io/library/alpine:3.19'
 */
export function parseNormalizedNamed(s: string): Reference {
  if (anchoredIdentifier.test(s)) {
    throw fail(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  }
  const [domain, remainder] = splitDockerDomain(s);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) {
    throw fail(`invalid reference format: repository name (${remote}) must be lowercase`);
  }
  return parse(`${domain}/${remainder}`);
}

/**
 * `TagNameOnly`: add `:latest` when there is neither tag nor digest.
 * @example tagNameOnly(parseNormalizedNamed('alpine')).tag === 'latest'
 */
export function tagNameOnly(ref: Reference): Reference {
  return ref.tag === undefined && ref.digest === undefined ? withTag(ref, defaultTag) : ref;
}

/**
 * `ParseDockerRef`: normalized, default tag added, and a digest wins over a tag.
 * @example referenceString(parseDockerRef('busybox')) === 'docker.io/library/busybox:latest'
 */
export function parseDockerRef(s: string): Reference {
  const named = parseNormalizedNamed(s);
  if (named.tag !== undefined && named.digest !== undefined) {
    return { domain: named.domain, path: named.path, digest: named.digest };
  }
  return tagNameOnly(named);
}

/**
 * `ParseAnyReference`: a 64-hex image ID or an `algo:hex` digest becomes a bare digest
 * reference; anything else is a normalized name.
 * @example parseAnyReference('a'.repeat(64)) // → { digest: 'sha256:aaa…' }
 */
export function parseAnyReference(s: string): AnyReference {
  if (anchoredIdentifier.test(s)) return { digest: `sha256:${s}` };
  if (digestError(s) === undefined) return { digest: s };
  return parseNormalizedNamed(s);
}

/**
 * The fully qualified name without tag or digest (`docker.io/library/alpine`).
 * @example fullName(parseNormalizedNamed('alpine:3')) === 'docker.io/library/alpine'
 */
export function fullName(ref: Reference): string {
  return nameOf(ref);
}
