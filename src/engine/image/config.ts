/**
 * The image config: what an image *is* (OCI image config / Docker's image JSON). Its
 * canonical bytes are hashed to give the image ID, so everything that makes two images
 * different must live here: run config, the layer diff_ids, and history.
 */
import { digestOf, type Digest } from '../util/digest.ts';
import { canonicalJson } from './canonical.ts';

export interface HealthcheckConfig {
  /** `["NONE"]`, `["CMD", ...]` or `["CMD-SHELL", "..."]`. */
  Test?: string[];
  /** Nanoseconds, as Docker stores durations. */
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

/** The `config` member: defaults for containers made from the image. */
export interface RunConfig {
  User?: string;
  ExposedPorts?: Record<string, object>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Volumes?: Record<string, object>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  OnBuild?: string[] | null;
  StopSignal?: string;
  Healthcheck?: HealthcheckConfig;
  Shell?: string[];
  ArgsEscaped?: boolean;
}

export interface HistoryEntry {
  /** RFC 3339 time. */
  created: string;
  created_by?: string;
  author?: string;
  comment?: string;
  /** True for steps that changed only metadata (no layer in rootfs.diff_ids). */
  empty_layer?: boolean;
}

export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  /** RFC 3339 time the image was created. */
  created: string;
  author?: string;
  comment?: string;
  docker_version?: string;
  config: RunConfig;
  rootfs: { type: 'layers'; diff_ids: Digest[] };
  history: HistoryEntry[];
}

/** Canonical bytes of a config: equal content, equal bytes. */
export function serializeConfig(config: ImageConfig): Uint8Array {
  return new TextEncoder().encode(canonicalJson(config));
}

export function parseConfig(bytes: Uint8Array): ImageConfig {
  return JSON.parse(new TextDecoder().decode(bytes)) as ImageConfig;
}

/**
 * Image ID = sha256 of the config bytes (moby image.ID).
 * @example imageIdOf(serializeConfig(config)) // 'sha256:…'
 */
export function imageIdOf(configBytes: Uint8Array): Digest {
  return digestOf(configBytes);
}

/** Only the history entries that own a layer, paired with their diff_id, in order. */
export function layerHistory(config: ImageConfig): { entry: HistoryEntry; diffId: Digest }[] {
  const out: { entry: HistoryEntry; diffId: Digest }[] = [];
  let i = 0;
  for (const entry of config.history) {
    if (entry.empty_layer) continue;
    const diffId = config.rootfs.diff_ids[i++];
    if (diffId) out.push({ entry, diffId });
  }
  return out;
}
