/**
 * Errors as the distribution API reports them (registry/api/errcode): a code such as
 * MANIFEST_UNKNOWN, its fixed message, the HTTP status, and the Go error string the
 * daemon embeds in its own messages (`manifest unknown: manifest unknown`).
 */
import { EngineError, type ErrorKind } from '../errdefs.ts';

export type RegistryErrorCode =
  | 'BLOB_UNKNOWN'
  | 'BLOB_UPLOAD_INVALID'
  | 'DIGEST_INVALID'
  | 'MANIFEST_UNKNOWN'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_BLOB_UNKNOWN'
  | 'NAME_UNKNOWN'
  | 'NAME_INVALID'
  | 'TAG_INVALID'
  | 'UNAUTHORIZED'
  | 'DENIED'
  | 'UNSUPPORTED';

const descriptors: Record<RegistryErrorCode, { message: string; status: number }> = {
  BLOB_UNKNOWN: { message: 'blob unknown to registry', status: 404 },
  BLOB_UPLOAD_INVALID: { message: 'blob upload invalid', status: 400 },
  DIGEST_INVALID: { message: 'provided digest did not match uploaded content', status: 400 },
  MANIFEST_UNKNOWN: { message: 'manifest unknown', status: 404 },
  MANIFEST_INVALID: { message: 'manifest invalid', status: 400 },
  MANIFEST_BLOB_UNKNOWN: { message: 'blob unknown to registry', status: 400 },
  NAME_UNKNOWN: { message: 'repository name not known to registry', status: 404 },
  NAME_INVALID: { message: 'invalid repository name', status: 400 },
  TAG_INVALID: { message: 'manifest tag did not match URI', status: 400 },
  UNAUTHORIZED: { message: 'authentication required', status: 401 },
  DENIED: { message: 'requested access to the resource is denied', status: 403 },
  UNSUPPORTED: { message: 'The operation is unsupported.', status: 405 },
};

const kindByStatus: Record<number, ErrorKind> = { 400: 'InvalidParameter', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'NotImplemented' };

export class RegistryError extends EngineError {
  readonly code: RegistryErrorCode;
  /** The registry's own message (`manifest unknown`), without the code prefix. */
  readonly detail: string;
  readonly httpStatus: number;

  constructor(code: RegistryErrorCode, detail?: string) {
    const d = descriptors[code];
    const text = detail ?? d.message;
    // errcode.Error.Error(): lower-case code with spaces, then the message.
    super(kindByStatus[d.status] ?? 'System', `${code.toLowerCase().replace(/_/g, ' ')}: ${text}`, { code });
    this.name = 'RegistryError';
    this.code = code;
    this.detail = text;
    this.httpStatus = d.status;
  }

  /** The JSON body a distribution registry answers with. */
  toBody(): { errors: { code: RegistryErrorCode; message: string }[] } {
    return { errors: [{ code: this.code, message: this.detail }] };
  }
}

/**
 * @example registryError('MANIFEST_UNKNOWN').message === 'manifest unknown: manifest unknown'
 */
export function registryError(code: RegistryErrorCode, detail?: string): RegistryError {
  return new RegistryError(code, detail);
}

export function isRegistryError(e: unknown, code?: RegistryErrorCode): e is RegistryError {
  return e instanceof RegistryError && (code === undefined || e.code === code);
}
