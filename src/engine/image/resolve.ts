/**
 * How the daemon finds "the image" a user named (moby daemon/images GetImage): a full
 * ID or bare 64-hex digest, a reference looked up in the reference store (default tag
 * `latest`, digest wins over tag), or a unique ID prefix. The error is the daemon's
 * `No such image: <familiar ref with default tag>`.
 */
import { invalidParameter, notFound, isEngineError } from '../errdefs.ts';
import { familiarString, parseNormalizedNamed, tagNameOnly, type Reference } from '../reference/index.ts';
import type { Digest } from '../util/digest.ts';
import type { ReferenceStore } from './refstore.ts';
import type { ImageRecord, ImageStore } from './store.ts';

/** The reference store key for a lookup: digest wins over tag; no tag means `latest`. */
export function lookupRef(ref: Reference): Reference {
  if (ref.digest) return { domain: ref.domain, path: ref.path, digest: ref.digest };
  return tagNameOnly(ref);
}

/**
 * @example resolveImage(images, refs, 'alpine').id; resolveImage(images, refs, '85bb').id
 */
export function resolveImage(images: ImageStore, refs: ReferenceStore, refOrId: string): ImageRecord {
  const digestLike = /^(sha256:)?[a-f0-9]{64}$/.test(refOrId);
  if (digestLike) {
    const id = (refOrId.startsWith('sha256:') ? refOrId : `sha256:${refOrId}`) as Digest;
    const img = images.get(id);
    if (img) return img;
    throw notFound(`No such image: ${id}`);
  }
  let ref: Reference;
  try {
    ref = parseNormalizedNamed(refOrId);
  } catch (e) {
    if (isEngineError(e)) throw e;
    throw invalidParameter(e instanceof Error ? e.message : String(e));
  }
  const id = refs.get(lookupRef(ref));
  const byRef = id ? images.get(id) : undefined;
  if (byRef) return byRef;
  const byPrefix = images.search(refOrId);
  if (byPrefix) return byPrefix;
  throw notFound(`No such image: ${familiarString(lookupRef(ref))}`);
}

/** Docker's isImageIDPrefix: did the user name the image by (a prefix of) its ID? */
export function isImageIdPrefix(imageId: string, given: string): boolean {
  return imageId.startsWith(given) || imageId.slice(imageId.indexOf(':') + 1).startsWith(given);
}
