/**
 * Image references as values, and the raw parser (distribution/reference `Parse`):
 * it checks the grammar but does not normalize, so `ubuntu` stays `ubuntu` with an
 * empty domain. User input goes through `parseNormalizedNamed` (normalize.ts) instead.
 * A reference here is plain data; Go's Named/Tagged/Canonical interfaces become the
 * presence or absence of `tag` and `digest`.
 */
import { EngineError } from '../errdefs.ts';
import { anchoredDigest, anchoredName, anchoredReference, anchoredTag, repositoryNameTotalLengthMax } from './grammar.ts';
import { parseDigest } from './digest.ts';

/** A named reference: `domain/path[:tag][@digest]`. `domain` is '' only from the raw parser. */
export interface Reference {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** A reference that is only a digest (`sha256:…`), from `parseAnyReference`. */
export interface DigestReference {
  digest: string;
}

export type AnyReference = Reference | DigestReference;

export const errReferenceInvalidFormat = 'invalid reference format';
export const errTagInvalidFormat = 'invalid tag format';
export const errDigestInvalidFormat = 'invalid digest format';
export const errNameContainsUppercase = 'repository name must be lowercase';
export const errNameEmpty = 'repository name must have at least one component';
export const errNameTooLong = `repository name must not be more than ${repositoryNameTotalLengthMax} characters`;

const fail = (message: string) => new EngineError('InvalidParameter', message);

/** True when the reference has a name (it is not a bare digest). */
export function isNamed(ref: AnyReference): ref is Reference {
  return 'path' in ref;
}

/**
 * distribution/reference `Parse`: the grammar only, no normalization.
 * @example parse('test:5000/repo:tag') // → { domain: 'test:5000', path: 'repo', tag: 'tag' }
 */
export function parse(s: string): Reference {
  if (s === '') throw fail(errNameEmpty);
  const matches = anchoredReference.exec(s);
  if (!matches) {
    const lower = s.toLowerCase();
    if (lower !== s && anchoredReference.test(lower)) throw fail(errNameContainsUppercase);
    throw fail(errReferenceInvalidFormat);
  }
  // The length limit applies to the whole name, domain included: that is what the
  // upstream test table expects ('a/' × 128 + 'a' fails, 'a/' × 127 + 'a' passes) and
  // what the copies vendored by docker/cli check. Later upstream commits check the
  // path alone.
  if (matches[1].length > repositoryNameTotalLengthMax) throw fail(errNameTooLong);
  const nameMatch = anchoredName.exec(matches[1]);
  const ref: Reference = nameMatch ? { domain: nameMatch[1] ?? '', path: nameMatch[2] } : { domain: '', path: matches[1] };
  if (matches[2] !== undefined) ref.tag = matches[2];
  if (matches[3] !== undefined) ref.digest = parseDigest(matches[3]);
  return ref;
}

/**
 * `Name()`: domain and path, no tag or digest.
 * @example nameOf({ domain: 'docker.io', path: 'library/alpine' }) === 'docker.io/library/alpine'
 */
export function nameOf(ref: Reference): string {
  return ref.domain === '' ? ref.path : `${ref.domain}/${ref.path}`;
}

/** Go's `Domain(named)`. @example domain(parseNormalizedNamed('alpine')) === 'docker.io' */
export function domain(ref: Reference): string {
  return ref.domain;
}

/** Go's `Path(named)`. @example path(parseNormalizedNamed('alpine')) === 'library/alpine' */
export function path(ref: Reference): string {
  return ref.path;
}

/**
 * `String()`: the whole reference, `name[:tag][@digest]`; a bare digest is itself.
 * @example referenceString({ domain: 'docker.io', path: 'library/alpine', tag: 'latest' }) === 'docker.io/library/alpine:latest'
 */
export function referenceString(ref: AnyReference): string {
  if (!isNamed(ref)) return ref.digest;
  let s = nameOf(ref);
  if (ref.tag !== undefined) s += `:${ref.tag}`;
  if (ref.digest !== undefined) s += `@${ref.digest}`;
  return s;
}

/**
 * `WithTag`: the same name (and digest, if any) with a new tag.
 * @example withTag(parse('test.com/foo'), 'tag') // → test.com/foo:tag
 */
export function withTag(ref: Reference, tag: string): Reference {
  if (!anchoredTag.test(tag)) throw fail(errTagInvalidFormat);
  return { ...ref, tag };
}

/**
 * `WithDigest`: the same name (and tag, if any) with a digest. Like upstream it
 * checks the grammar only, not the algorithm's hash length.
 * @example withDigest(parse('foo'), 'sha256:' + 'a'.repeat(64))
 */
export function withDigest(ref: Reference, digest: string): Reference {
  if (!anchoredDigest.test(digest)) throw fail(errDigestInvalidFormat);
  return { ...ref, digest };
}

/** `TrimNamed`: the name alone. @example trimNamed(parse('a:b')) // → { domain: '', path: 'a' } */
export function trimNamed(ref: Reference): Reference {
  return { domain: ref.domain, path: ref.path };
}
