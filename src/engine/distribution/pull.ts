/**
 * `docker pull` as dockerd v28 streams it (distribution/pull_v2.go + xfer): fetch the
 * manifest and config, then per layer `Already exists` (its chain is already stored)
 * or `Pulling fs layer` → `Waiting` (queued behind the 3-download limit) →
 * `Downloading` … → `Verifying Checksum` → `Download complete` → `Extracting` … →
 * `Pull complete`, extraction strictly in layer order; then `Digest:` and `Status:`.
 * An image whose config is already stored moves no layers at all.
 *
 * Errors found before anything streams (no such repository or tag, no registry) are
 * thrown as EngineErrors for an HTTP error response; later ones go in-band.
 */
import type { JsonMessage } from '../api/types.ts';
import { EngineError } from '../errdefs.ts';
import { parseConfig } from '../image/config.ts';
import { emitImageEvent } from '../image/events.ts';
import { familiarName, familiarString, parseNormalizedNamed, referenceString, tagNameOnly, type Reference } from '../reference/index.ts';
import type { Credentials } from '../registry/auth.ts';
import { isRegistryError } from '../registry/errors.ts';
import { gunzip } from '../registry/gzip.ts';
import { layerSize } from '../layer/changes.ts';
import { digestOf, shortId, type Digest } from '../util/digest.ts';
import { DEFAULT_BYTES_PER_SECOND, endpointHost, registryFor, type DistributionDeps } from './deps.ts';
import { errorMessage, message, progress, update } from './progress.ts';
import { poolSchedule, progressSteps, replay, transferMs, type Moment } from './timeline.ts';

/** moby's notFoundError / translatePullError wording for registry errors. */
function pullError(e: unknown, ref: Reference): unknown {
  if (!isRegistryError(e)) return e;
  const host = endpointHost(ref.domain);
  switch (e.code) {
    case 'DENIED':
      return new EngineError('NotFound', `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': ${e.message}`);
    case 'MANIFEST_UNKNOWN':
      return new EngineError('NotFound', `manifest for ${familiarString(ref)} not found: ${e.message}`);
    case 'NAME_UNKNOWN':
      return new EngineError('NotFound', `repository ${familiarName(ref)} not found: ${e.message}`);
    case 'UNAUTHORIZED':
      return new EngineError('System', `Head "https://${host}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag}": ${e.message}`);
    default:
      return new EngineError('System', e.message);
  }
}

/**
 * Pull an image. Finding the manifest happens at once (and throws the daemon's HTTP
 * errors); the returned stream then moves the layers.
 * @example for await (const m of pull('alpine', deps)) console.log(m.status)
 */
export function pull(refOrName: string | Reference, deps: DistributionDeps, auth?: Credentials): AsyncIterable<JsonMessage> {
  const parsed = typeof refOrName === 'string' ? parseNormalizedNamed(refOrName) : refOrName;
  // A digest wins over a tag; no tag and no digest means `latest`.
  const ref: Reference = parsed.digest ? { domain: parsed.domain, path: parsed.path, digest: parsed.digest } : tagNameOnly(parsed);
  const registry = registryFor(deps, ref.domain);
  const reference = ref.digest ?? ref.tag!;
  let fetched;
  let configBytes: Uint8Array;
  try {
    fetched = registry.getManifest(ref.path, reference, auth);
    configBytes = registry.getBlob(ref.path, fetched.manifest.config.digest, auth);
  } catch (e) {
    deps.bus?.emit({ kind: 'registry.manifest', registry: ref.domain, repository: ref.path, reference, found: false });
    throw pullError(e, ref);
  }
  deps.bus?.emit({ kind: 'registry.manifest', registry: ref.domain, repository: ref.path, reference, digest: fetched.digest, found: true });
  const { manifest, digest: manifestDigest } = fetched;
  const config = parseConfig(configBytes);
  const imageId = digestOf(configBytes);
  const rate = deps.bytesPerSecond ?? DEFAULT_BYTES_PER_SECOND;
  const moments: Moment[] = [{ at: 0, message: message(`Pulling from ${ref.path}`, reference) }];

  if (!deps.images.get(imageId)) {
    const diffIds = config.rootfs.diff_ids;
    // As moby's download manager: layers are "Already exists" only up to the first missing one.
    let present = 0;
    while (present < manifest.layers.length && deps.layers.has(deps.layers.chainIdOf(diffIds.slice(0, present + 1))!)) present++;
    const toFetch = manifest.layers.slice(present).map((desc, k) => {
      const i = present + k;
      const blob = registry.getBlob(ref.path, desc.digest, auth);
      const tar = gunzip(blob);
      return { desc, i, id: shortId(desc.digest), blob, tar, size: layerSize(tar), diffId: diffIds[i] };
    });
    manifest.layers.slice(0, present).forEach((desc, i) => {
      moments.push({ at: 0, message: update(shortId(desc.digest), 'Already exists') });
      // The bytes a learner did not have to download: the size of the layer already stored.
      const stored = deps.layers.get(deps.layers.chainIdOf(diffIds.slice(0, i + 1))!);
      deps.bus?.emit({ kind: 'registry.blob', registry: ref.domain, repository: ref.path, digest: desc.digest, direction: 'pull', outcome: 'exists', bytes: stored?.size ?? 0 });
      deps.metadata.add(diffIds[i], { digest: desc.digest, host: ref.domain, repository: ref.path });
    });
    for (const l of toFetch) moments.push({ at: 0, message: update(l.id, 'Pulling fs layer') });
    const limit = deps.maxConcurrentDownloads ?? 3;
    const downloads = poolSchedule(
      toFetch.map((l) => transferMs(l.size, rate)),
      limit,
    );
    toFetch.forEach((l, k) => {
      if (downloads[k].start > 0) moments.push({ at: 0, message: update(l.id, 'Waiting') });
    });
    let extractEnd = 0;
    let parent = present > 0 ? deps.layers.chainIdOf(diffIds.slice(0, present)) : undefined;
    toFetch.forEach((l, k) => {
      const { start, end } = downloads[k];
      const steps = progressSteps(end - start);
      // A layer of zero bytes has no progress to show (a `0B/0B` bar would print as a bare status line).
      for (let s = 1; s <= (l.size > 0 ? steps : 0); s++) {
        const at = start + Math.round(((end - start) * (s - 1)) / steps);
        moments.push({ at, message: progress(l.id, 'Downloading', Math.round((l.size * s) / steps), l.size) });
      }
      moments.push({
        at: end,
        message: update(l.id, 'Verifying Checksum'),
        run: () => {
          if (digestOf(l.blob) !== l.desc.digest) throw new Error(`filesystem layer verification failed for digest ${l.desc.digest}`);
          deps.bus?.emit({ kind: 'registry.blob', registry: ref.domain, repository: ref.path, digest: l.desc.digest, direction: 'pull', outcome: 'transferred', bytes: l.size });
        },
      });
      moments.push({ at: end, message: update(l.id, 'Download complete') });
      const xStart = Math.max(end, extractEnd);
      const xEnd = xStart + transferMs(l.size, rate * 4);
      const xSteps = progressSteps(xEnd - xStart);
      for (let s = 1; s <= (l.size > 0 ? xSteps : 0); s++) {
        const at = xStart + Math.round(((xEnd - xStart) * (s - 1)) / xSteps);
        moments.push({ at, message: progress(l.id, 'Extracting', Math.round((l.size * s) / xSteps), l.size) });
      }
      const below = parent;
      moments.push({
        at: xEnd,
        run: () => {
          const layer = deps.layers.register(l.tar, below);
          if (layer.diffId !== l.diffId) throw new Error(`layer diff ID mismatch: ${layer.diffId} != ${l.diffId}`);
          deps.metadata.add(l.diffId, { digest: l.desc.digest, host: ref.domain, repository: ref.path });
          deps.bus?.emit({ kind: 'layer.extract', diffId: l.diffId, size: l.size });
        },
        message: update(l.id, 'Pull complete'),
      });
      parent = deps.layers.chainIdOf(diffIds.slice(0, l.i + 1));
      extractEnd = xEnd;
    });
  }
  const end = Math.max(...moments.map((m) => m.at));
  let updated = false;
  moments.push({
    at: end,
    run: () => {
      deps.images.create(configBytes);
      updated = recordReferences(deps, ref, manifestDigest, imageId);
    },
    message: message(`Digest: ${manifestDigest}`),
  });
  return (async function* () {
    try {
      yield* replay(moments, deps.clock);
      yield message(`Status: ${updated ? 'Downloaded newer image' : 'Image is up to date'} for ${familiarString(ref)}`);
      emitImageEvent(deps, 'pull', familiarString(ref), familiarString(ref));
    } catch (e) {
      yield errorMessage(e instanceof Error ? e.message : String(e));
    }
  })();
}

/** moby pullTag's bookkeeping: true when the name now points somewhere new. */
function recordReferences(deps: DistributionDeps, ref: Reference, manifestDigest: Digest, imageId: Digest): boolean {
  const digestRef: Reference = { domain: ref.domain, path: ref.path, digest: manifestDigest };
  const addDigestRef = () => {
    if (!deps.refs.get(digestRef)) deps.refs.addDigest(digestRef, imageId);
  };
  if (deps.refs.get(ref) === imageId) {
    addDigestRef();
    return false;
  }
  if (ref.digest) deps.refs.addDigest(ref, imageId);
  else {
    addDigestRef();
    deps.refs.addTag(ref, imageId);
    deps.bus?.emit({ kind: 'image.tag', imageId, reference: referenceString(ref) });
  }
  return true;
}
