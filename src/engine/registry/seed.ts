/**
 * Seeding: turns the plain-data Hub image specs into what a registry really holds —
 * gzip layer blobs made from real tars, canonical image configs, schema 2 manifests —
 * so pulling `alpine` moves real bytes with real digests. A spec with a `base` starts
 * from that image's exact layer blobs (same digests), as `FROM` would.
 *
 * Deterministic (mtimes and history dates come from the spec, never the clock) and
 * cheap: hashing megabytes of layers with a pure-JS sha256 is the cost, so a
 * repository is only built on its first access, each image once per process (engines
 * are created often, in tests and on reset), and seeded blobs are never re-hashed.
 */
import { serializeConfig, type HistoryEntry, type ImageConfig, type RunConfig } from '../image/config.ts';
import { diffIdOf } from '../layer/ids.ts';
import { writeTar, type TarEntry } from '../layer/tar.ts';
import { layerSize } from '../layer/changes.ts';
import { placeholderBinary } from '../process/types.ts';
import type { Clock } from '../util/clock.ts';
import { digestOf, type Digest } from '../util/digest.ts';
import type { ImageSpec, StepSpec } from './hub/spec.ts';
import { gzip } from './gzip.ts';
import { CONFIG_V1, LAYER_GZIP, manifestOf, serializeManifest, type Descriptor } from './manifest.ts';
import type { Registry } from './registry.ts';

/** What one seeded image became. */
export interface SeededImage {
  repository: string;
  tags: string[];
  manifestDigest: Digest;
  /** The image ID a pull will produce. */
  configDigest: Digest;
  config: ImageConfig;
  layers: SeededLayer[];
}

export interface SeededLayer {
  descriptor: Descriptor;
  diffId: Digest;
  /** Declared (uncompressed) size of the layer's files. */
  size: number;
  blob: Uint8Array;
}

const encoder = new TextEncoder();
const layerCache = new WeakMap<StepSpec, Map<number, SeededLayer>>();

/** The uncompressed tar of one step: its files, with parent directories made explicit. */
export function stepTar(step: StepSpec, mtime: number): Uint8Array {
  const entries: TarEntry[] = [];
  const index = new Map<string, number>();
  const put = (entry: TarEntry) => {
    const at = index.get(entry.path);
    if (at === undefined) {
      index.set(entry.path, entries.length);
      entries.push(entry);
    } else entries[at] = entry;
  };
  for (const file of step.files ?? []) {
    const path = file.path.replace(/^\/+|\/+$/g, '');
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!index.has(dir)) put({ path: dir, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime });
    }
    const owner = { uid: file.uid ?? 0, gid: file.gid ?? 0, mtime };
    const type = file.type ?? 'file';
    if (type === 'dir') put({ path, type, mode: file.mode ?? 0o755, ...owner });
    else if (type === 'symlink') put({ path, type, mode: file.mode ?? 0o777, linkname: file.target ?? '', ...owner });
    else {
      const text = file.content ?? (file.program ? placeholderBinary(file.program) : '');
      const mode = file.mode ?? (file.program ? 0o755 : 0o644);
      put({ path, type, mode, data: encoder.encode(text), ...owner, ...(file.size !== undefined ? { declaredSize: file.size } : {}) });
    }
  }
  return writeTar(entries);
}

function buildLayer(step: StepSpec, mtime: number): SeededLayer {
  let byTime = layerCache.get(step);
  if (!byTime) layerCache.set(step, (byTime = new Map()));
  let layer = byTime.get(mtime);
  if (!layer) {
    const tar = stepTar(step, mtime);
    const blob = gzip(tar);
    layer = { descriptor: { mediaType: LAYER_GZIP, size: blob.length, digest: digestOf(blob) }, diffId: diffIdOf(tar), size: layerSize(tar), blob };
    byTime.set(mtime, layer);
  }
  return layer;
}

function mergeConfig(base: RunConfig | undefined, own: RunConfig): RunConfig {
  const merged: RunConfig = { ...base, ...own };
  if (base?.Labels || own.Labels) merged.Labels = { ...base?.Labels, ...own.Labels };
  return merged;
}

interface Built extends SeededImage {
  configBytes: Uint8Array;
  manifestBytes: Uint8Array;
  /** The base this was built on, to notice when the same spec meets another base. */
  base?: Built;
}

/** Built images per spec object, for the whole process: hub specs are shared constants. */
const imageCache = new WeakMap<ImageSpec, Built>();

function buildImage(spec: ImageSpec, base: Built | undefined, clock?: Clock): Built {
  const cached = imageCache.get(spec);
  if (cached && cached.base === base) return cached;
  const createdMs = Date.parse(spec.created);
  const valid = !Number.isNaN(createdMs);
  const created = valid ? spec.created : new Date(clock?.now() ?? 0).toISOString();
  const mtime = Math.floor((valid ? createdMs : (clock?.now() ?? 0)) / 1000);
  const layers = [...(base?.layers ?? [])];
  const history: HistoryEntry[] = [...(base?.config.history ?? [])];
  for (const step of spec.steps) {
    const empty = !step.files || step.files.length === 0;
    if (!empty) layers.push(buildLayer(step, mtime));
    history.push({ created, created_by: step.createdBy, ...(step.comment ? { comment: step.comment } : {}), ...(empty ? { empty_layer: true } : {}) });
  }
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    created,
    config: mergeConfig(base?.config.config, spec.config as RunConfig),
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history,
  };
  const configBytes = serializeConfig(config);
  const configDigest = digestOf(configBytes);
  const manifestBytes = serializeManifest(
    manifestOf(
      { mediaType: CONFIG_V1, size: configBytes.length, digest: configDigest },
      layers.map((l) => l.descriptor),
    ),
  );
  const built: Built = { repository: spec.repository, tags: [...spec.tags], manifestDigest: digestOf(manifestBytes), configDigest, config, layers, configBytes, manifestBytes, base };
  imageCache.set(spec, built);
  return built;
}

/** Access to what seeding produced; building happens on first use of each image. */
export interface HubSeed {
  /** Every image (builds whatever has not been built yet). */
  all(): SeededImage[];
  /** The image a `repository` (`library/alpine`) and tag name, if seeded. */
  get(repository: string, tag: string): SeededImage | undefined;
}

/**
 * Declare every spec's repository in the registry; the first access to a repository
 * builds its images (blobs, config, manifest) and stores them under all their tags.
 * Nothing is hashed until then, and each image is built once per process.
 * @example const hub = seedRegistry(registries.hub, hubImages); hub.get('library/alpine', 'latest')?.manifestDigest
 */
export function seedRegistry(registry: Registry, specs: readonly ImageSpec[], clock?: Clock): HubSeed {
  const byName = new Map<string, ImageSpec>();
  for (const spec of specs) {
    for (const tag of spec.tags) {
      byName.set(`${spec.repository}:${tag}`, spec);
      byName.set(`${spec.repository.replace(/^library\//, '')}:${tag}`, spec);
    }
  }
  const built = new Map<ImageSpec, Built>();
  const build = (spec: ImageSpec, seen = new Set<ImageSpec>()): Built => {
    const done = built.get(spec);
    if (done) return done;
    if (seen.has(spec)) throw new Error(`seed: base cycle at ${spec.repository}`);
    seen.add(spec);
    const baseSpec = spec.base ? byName.get(spec.base) : undefined;
    if (spec.base && !baseSpec) throw new Error(`seed: ${spec.repository} has unknown base ${spec.base}`);
    const image = buildImage(spec, baseSpec ? build(baseSpec, seen) : undefined, clock);
    built.set(spec, image);
    return image;
  };
  const store = (image: Built) => {
    for (const layer of image.layers) registry.seedBlob(image.repository, layer.blob, layer.descriptor.digest);
    registry.seedBlob(image.repository, image.configBytes, image.configDigest);
    registry.seedManifest(image.repository, image.tags, image.manifestBytes, image.manifestDigest);
  };
  for (const spec of specs) {
    const group = specs.filter((s) => s.repository === spec.repository);
    registry.seedLazily(spec.repository, () => group.forEach((s) => store(build(s))));
  }
  // Unknown bases are a data error worth hearing about at once, not at first pull.
  for (const spec of specs) if (spec.base && !byName.has(spec.base)) throw new Error(`seed: ${spec.repository} has unknown base ${spec.base}`);
  const strip = ({ repository, tags, manifestDigest, configDigest, config, layers }: Built): SeededImage => ({ repository, tags, manifestDigest, configDigest, config, layers });
  return {
    all: () => specs.map((s) => strip(build(s))),
    get: (repository, tag) => {
      const spec = specs.find((s) => s.repository === repository && s.tags.includes(tag));
      return spec && strip(build(spec));
    },
  };
}
