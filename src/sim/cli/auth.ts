/**
 * Registry credentials on the client: the docker config file (`$DOCKER_CONFIG` or
 * `~/.docker`, `config.json` with an `auths` map of base64 `user:pass`), and the
 * `X-Registry-Auth` header the CLI always sends for pull and push: base64url JSON of
 * the AuthConfig, `e30=` (`{}`) when there are no credentials for that registry.
 */
import type { DockerIO } from './io.ts';
import type { Reference } from './refs.ts';

export const indexServer = 'https://index.docker.io/v1/';

export interface ConfigFile {
  auths?: Record<string, { auth?: string }>;
  [key: string]: unknown;
}

export function configDir(io: DockerIO): string {
  return io.env.DOCKER_CONFIG || `${io.env.HOME || '/root'}/.docker`;
}

export function configPath(io: DockerIO): string {
  return `${configDir(io)}/config.json`;
}

export function readConfig(io: DockerIO): ConfigFile {
  const text = io.files?.read(configPath(io));
  if (!text) return {};
  try {
    return JSON.parse(text) as ConfigFile;
  } catch {
    return {};
  }
}

/** Go's json.MarshalIndent(config, "", "\t"). */
export function writeConfig(io: DockerIO, config: ConfigFile): void {
  io.files?.write(configPath(io), JSON.stringify(config, null, '\t'));
}

function utf8ToBase64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function base64ToUtf8(s: string): string {
  const bin = atob(s);
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export const base64 = utf8ToBase64;

/** base64url with padding (Go base64.URLEncoding). */
export function base64url(s: string): string {
  return utf8ToBase64(s).replaceAll('+', '-').replaceAll('/', '_');
}

/** The registry key credentials are stored under. */
export function serverAddressOf(ref: Reference): string {
  return ref.domain === 'docker.io' ? indexServer : ref.domain;
}

/** registry.EncodeAuthConfig of the stored credentials for `server`, or `e30=`. */
export function registryAuthHeader(io: DockerIO, server: string): string {
  const entry = readConfig(io).auths?.[server];
  if (!entry?.auth) return 'e30=';
  const decoded = base64ToUtf8(entry.auth);
  const colon = decoded.indexOf(':');
  const auth = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress: server };
  return base64url(JSON.stringify(auth));
}
