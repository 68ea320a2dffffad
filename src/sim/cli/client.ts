/**
 * The CLI's side of the Engine API: pings the daemon first (HEAD /_ping, as every real
 * command does), negotiates the API version from the `Api-Version` header, prefixes
 * paths with `/v1.50`, and turns error statuses into `Error response from daemon: …`
 * exactly as docker/client does (JSON `message`, raw text, or the empty-body wording).
 */
import type { ApiRequest, ApiResponse, DaemonApi } from './daemon-api.ts';
import { DaemonError } from './errors.ts';

export const clientApiVersion = '1.50';

export type Query = Record<string, string | string[] | undefined>;

export interface CallOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function versionLess(a: string, b: string): boolean {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 !== b1 ? a1 < b1 : a2 < b2;
}

export class DockerClient {
  version = clientApiVersion;

  constructor(
    readonly api: DaemonApi,
    private readonly pinned?: string,
  ) {
    if (pinned) this.version = pinned;
  }

  /** HEAD /_ping, then GET /_ping if HEAD gave anything but 200/500 (client.Ping). */
  async ping(): Promise<void> {
    let res = await this.api.request({ method: 'HEAD', path: '/_ping' });
    if (res.status !== 200 && res.status !== 500) res = await this.api.request({ method: 'GET', path: '/_ping' });
    if (this.pinned) return;
    const v = header(res.headers ?? {}, 'api-version');
    if (!v) this.version = '1.24';
    else if (versionLess(v, clientApiVersion)) this.version = v;
  }

  /** Sends a request; any status >= 400 becomes a DaemonError. */
  async call(method: ApiRequest['method'], path: string, options: CallOptions = {}): Promise<ApiResponse> {
    const req: ApiRequest = { method, path: `/v${this.version}${path}` };
    const query = Object.fromEntries(Object.entries(options.query ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>;
    if (Object.keys(query).length > 0) req.query = query;
    if (options.headers) req.headers = options.headers;
    if (options.body !== undefined) req.body = options.body;
    const res = await this.api.request(req);
    if (res.status >= 400) throw this.errorOf(res, req.path);
    return res;
  }

  /** The JSON body of a successful call. */
  async json<T>(method: ApiRequest['method'], path: string, options: CallOptions = {}): Promise<T> {
    return (await this.call(method, path, options)).body as T;
  }

  private errorOf(res: ApiResponse, path: string): DaemonError {
    const body = res.body;
    let message: string;
    if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
      message = ((body as { message: string }).message).trim();
    } else if (typeof body === 'string' && body.trim() !== '') {
      message = body.trim();
    } else if (body && typeof body === 'object') {
      return new DaemonError(res.status, '', `API returned a ${res.status} (${statusText(res.status)}) but provided no error-message`);
    } else {
      const text = `request returned ${statusText(res.status)} for API route and version http://%2Fvar%2Frun%2Fdocker.sock${path}, check if the server supports the requested API version`;
      return new DaemonError(res.status, '', text);
    }
    return new DaemonError(res.status, message, `Error response from daemon: ${message}`);
  }
}

function statusText(status: number): string {
  const texts: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable' };
  return texts[status] ?? String(status);
}
