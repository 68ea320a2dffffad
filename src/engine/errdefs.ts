/**
 * Errors with a kind, as moby's errdefs: the daemon decides the HTTP status from the
 * kind, the CLI decides the message and exit code from the status. A command's normal
 * output and a program's non-zero exit are return values, never EngineErrors.
 */
export type ErrorKind =
  | 'NotFound'
  | 'InvalidParameter'
  | 'Conflict'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotModified'
  | 'NotImplemented'
  | 'Unavailable'
  | 'System';

const statusByKind: Record<ErrorKind, number> = {
  NotFound: 404,
  InvalidParameter: 400,
  Conflict: 409,
  Unauthorized: 401,
  Forbidden: 403,
  NotModified: 304,
  NotImplemented: 501,
  Unavailable: 503,
  System: 500,
};

export class EngineError extends Error {
  readonly kind: ErrorKind;
  readonly data?: Record<string, unknown>;

  constructor(kind: ErrorKind, message: string, data?: Record<string, unknown>) {
    super(message);
    this.name = 'EngineError';
    this.kind = kind;
    this.data = data;
  }

  /** The HTTP status the real daemon answers with for this kind (api/server/httpstatus). */
  get status(): number {
    return statusByKind[this.kind];
  }

  toJSON(): { kind: ErrorKind; message: string; data?: Record<string, unknown> } {
    return { kind: this.kind, message: this.message, data: this.data };
  }
}

export const notFound = (message: string) => new EngineError('NotFound', message);
export const invalidParameter = (message: string) => new EngineError('InvalidParameter', message);
export const conflict = (message: string) => new EngineError('Conflict', message);
export const notModified = () => new EngineError('NotModified', '');
export const notImplemented = (message: string) => new EngineError('NotImplemented', message);
export const unauthorized = (message: string) => new EngineError('Unauthorized', message);
export const systemError = (message: string) => new EngineError('System', message);

export function isEngineError(e: unknown, kind?: ErrorKind): e is EngineError {
  return e instanceof EngineError && (kind === undefined || e.kind === kind);
}
