/**
 * Image references (distribution/reference v0.6.0): grammar, raw parsing,
 * normalization of user input, and the familiar form shown to people.
 */
export type { Reference, DigestReference, AnyReference } from './reference.ts';
export { parse, isNamed, nameOf, domain, path, referenceString, withTag, withDigest, trimNamed } from './reference.ts';
export {
  parseNormalizedNamed,
  parseAnyReference,
  parseDockerRef,
  tagNameOnly,
  splitDockerDomain,
  fullName,
  defaultDomain,
  defaultTag,
} from './normalize.ts';
export { familiarize, familiarName, familiarString } from './familiar.ts';
export { digestError, parseDigest } from './digest.ts';
export { anchoredIdentifier, anchoredTag, anchoredDigest } from './grammar.ts';
