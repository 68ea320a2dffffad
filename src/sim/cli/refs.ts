/**
 * Client-side image reference handling: the CLI parses references before sending any
 * request (distribution/reference via src/engine/reference), so `invalid reference
 * format` errors come from here with the exit status of the command that asked.
 */
import {
  familiarString,
  fullName,
  isNamed,
  parseAnyReference,
  parseNormalizedNamed,
  referenceString,
  tagNameOnly,
} from '../../engine/reference/index.ts';
import type { AnyReference, Reference } from '../../engine/reference/index.ts';
import { CliError } from './errors.ts';

export type { Reference, AnyReference };
export { familiarString, fullName, referenceString, tagNameOnly, isNamed };

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** ParseNormalizedNamed, errors as CliError (exit 1: pull, push, tag). */
export function normalizedNamed(s: string): Reference {
  try {
    return parseNormalizedNamed(s);
  } catch (err) {
    throw new CliError(message(err));
  }
}

/** ParseAnyReference (run/create): the raw message, for the caller to wrap. */
export function anyReference(s: string): AnyReference {
  return parseAnyReference(s);
}

/** `alpine` → `alpine:latest`; digests and IDs stay as they are (the familiar form). */
export function familiarTagged(s: string): string {
  const ref = parseAnyReference(s);
  return isNamed(ref) ? familiarString(tagNameOnly(ref)) : ref.digest;
}

/** Name and tag only (TrimNamed, then the tag put back), for display. */
export function trimmed(ref: Reference): Reference {
  return ref.tag === undefined ? { domain: ref.domain, path: ref.path } : { domain: ref.domain, path: ref.path, tag: ref.tag };
}
