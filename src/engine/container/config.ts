/**
 * The Engine API's container configuration shapes (container.Config, HostConfig,
 * NetworkingConfig), as `POST /containers/create` receives them. Only the fields the
 * simulator acts on are typed; everything else the client sends is kept verbatim.
 */

export interface ContainerConfig {
  Hostname?: string;
  Domainname?: string;
  User?: string;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  ExposedPorts?: Record<string, object> | null;
  Tty?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  Env?: string[] | null;
  Cmd?: string[] | null;
  Healthcheck?: unknown;
  ArgsEscaped?: boolean;
  Image?: string;
  Volumes?: Record<string, object> | null;
  WorkingDir?: string;
  Entrypoint?: string[] | null;
  OnBuild?: string[] | null;
  Labels?: Record<string, string> | null;
  StopSignal?: string;
  StopTimeout?: number;
  Shell?: string[] | null;
  [key: string]: unknown;
}

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface RestartPolicy {
  Name: '' | 'no' | 'always' | 'unless-stopped' | 'on-failure';
  MaximumRetryCount?: number;
}

export interface HostConfig {
  Binds?: string[] | null;
  NetworkMode?: string;
  PortBindings?: Record<string, PortBinding[] | null> | null;
  PublishAllPorts?: boolean;
  RestartPolicy?: RestartPolicy;
  AutoRemove?: boolean;
  Mounts?: unknown[] | null;
  [key: string]: unknown;
}

export interface CreateRequest extends ContainerConfig {
  HostConfig?: HostConfig;
  NetworkingConfig?: { EndpointsConfig?: Record<string, unknown> | null };
}

/** `KEY=value` list → ordered map; a later entry for the same key wins, keeping its first position. */
export function envToMap(env: readonly string[] | null | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of env ?? []) {
    const eq = entry.indexOf('=');
    if (eq < 0) continue;
    map.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return map;
}

/** Merge image and user environment as the daemon does: user values replace image values in place. */
export function mergeEnv(image: readonly string[] | null | undefined, user: readonly string[] | null | undefined): string[] {
  const merged = envToMap(image);
  for (const [key, value] of envToMap(user)) merged.set(key, value);
  return [...merged].map(([key, value]) => `${key}=${value}`);
}
