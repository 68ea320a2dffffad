/**
 * The URLs curl and wget accept: `http://host:port/path`, or without a scheme
 * (`localhost:8080`, which both tools take as http). IPv6 literals and user info are
 * not simulated.
 */

export interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path and query, at least `/`. */
  path: string;
  /** `host` or `host:port` as the Host header carries it (port only when given). */
  authority: string;
}

const defaultPorts: Record<string, number> = { http: 80, https: 443, ftp: 21 };

/** Undefined when the URL has no host or a port that is not a number. */
export function parseUrl(url: string): ParsedUrl | undefined {
  const match = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#]*)([^#]*)/.exec(url.trim());
  if (!match) return undefined;
  const scheme = (match[1] ?? 'http').toLowerCase();
  const authority = match[2].replace(/^.*@/, '');
  const hostPort = /^([^:]*)(?::(\d*))?$/.exec(authority);
  if (!hostPort || hostPort[1] === '') return undefined;
  const port = hostPort[2] ? Number(hostPort[2]) : (defaultPorts[scheme] ?? 80);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  let path = match[3] || '/';
  if (path.startsWith('?')) path = `/${path}`;
  return { scheme, host: hostPort[1].toLowerCase(), port, path, authority };
}

/** Resolve a Location header against the URL it came from. */
export function resolveLocation(base: ParsedUrl, location: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(location)) return location;
  const origin = `${base.scheme}://${base.authority}`;
  if (location.startsWith('/')) return `${origin}${location}`;
  const dir = base.path.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return `${origin}${dir}${location}`;
}
