/**
 * Whether the web app was opened from `dockyard serve` (live mode) or from a static
 * host (the in-browser sandbox). The URL decides first: `?live` forces live mode,
 * `?sandbox` the sandbox. Otherwise the page's own origin is asked `GET /_ping`: only a
 * Docker Engine API answers it with an `Api-Version` header (a static host answers 404,
 * or index.html). A slow or failing probe means the sandbox.
 */

export type AppMode = 'live' | 'sandbox';

export interface DetectOptions {
  /** `location.search`. */
  search: string;
  fetch?: (url: string, init: { method: string; signal: AbortSignal }) => Promise<Response>;
  timeoutMs?: number;
}

export async function detectMode(options: DetectOptions): Promise<AppMode> {
  const params = new URLSearchParams(options.search);
  if (params.has('sandbox')) return 'sandbox';
  if (params.has('live')) return 'live';
  const probe = options.fetch ?? ((url, init) => fetch(url, init));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 1500);
  try {
    const response = await probe('./_ping', { method: 'GET', signal: controller.signal });
    return response.ok && response.headers.get('api-version') ? 'live' : 'sandbox';
  } catch {
    return 'sandbox';
  } finally {
    clearTimeout(timer);
  }
}
