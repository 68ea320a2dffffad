/**
 * Digest validation as github.com/opencontainers/go-digest `Parse`/`Validate`, which
 * the reference parser calls after the grammar has matched. Only the algorithms
 * docker registers (sha256, sha384, sha512) are available; each needs exactly its
 * hash size in lowercase hex.
 */
import { invalidParameter } from '../errdefs.ts';

const hexLengthByAlgorithm: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** go-digest's DigestRegexp, used only to choose between two error messages. */
const anchoredGoDigest = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

export const errDigestInvalidFormat = 'invalid checksum digest format';
export const errDigestInvalidLength = 'invalid checksum digest length';
export const errDigestUnsupported = 'unsupported digest algorithm';

/**
 * The go-digest error message for `s`, or undefined when it is a valid digest.
 * @example digestError('sha256:abc') === 'invalid checksum digest length'
 */
export function digestError(s: string): string | undefined {
  const i = s.indexOf(':');
  if (i <= 0 || i + 1 === s.length) return errDigestInvalidFormat;
  const algorithm = s.slice(0, i);
  const encoded = s.slice(i + 1);
  const size = hexLengthByAlgorithm[algorithm];
  if (size === undefined) return anchoredGoDigest.test(s) ? errDigestUnsupported : errDigestInvalidFormat;
  if (encoded.length !== size) return errDigestInvalidLength;
  return /^[a-f0-9]+$/.test(encoded) ? undefined : errDigestInvalidFormat;
}

/**
 * go-digest `Parse`: returns the digest or throws InvalidParameter.
 * @example parseDigest('sha256:' + 'f'.repeat(64))
 */
export function parseDigest(s: string): string {
  const error = digestError(s);
  if (error) throw invalidParameter(error);
  return s;
}
