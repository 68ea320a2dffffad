/**
 * Why a connection failed, as the socket calls report it. curl and wget turn the code
 * into their own words and exit statuses; servers see EADDRINUSE when they bind a
 * port that is already taken in their namespace.
 */

export type NetErrorCode =
  /** Nothing listens on the port (RST). */
  | 'ECONNREFUSED'
  /** The name is in neither /etc/hosts nor DNS. */
  | 'ENOTFOUND'
  /** No route to the address: SYNs go unanswered until the kernel gives up. */
  | 'ETIMEDOUT'
  /** docker-proxy accepted the connection but nothing listens behind it. */
  | 'ECONNRESET'
  | 'EADDRINUSE';

export class NetError extends Error {
  constructor(
    readonly code: NetErrorCode,
    message: string,
    /** The address that was tried, when the name resolved. */
    readonly ip?: string,
    /** Virtual ms the attempt took (curl's `after N ms`). */
    readonly elapsedMs = 0,
  ) {
    super(message);
    this.name = 'NetError';
  }
}

export function isNetError(error: unknown): error is NetError {
  return error instanceof NetError;
}
