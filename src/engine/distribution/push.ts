/**
 * `docker push` as dockerd v28 streams it (distribution/push_v2.go + xfer): the
 * repository line, `Preparing` for each layer (top layer first, ids are the diff IDs'
 * short form), `Waiting` behind the 5-upload limit, then per layer `Layer already
 * exists` (the repository has the blob), `Mounted from <repo>` (another repository of
 * the same registry has it: linked, no bytes move) or `Pushing` … `Pushed`; then the
 * config and the manifest, `<tag>: digest: sha256:… size: N`, and the aux message.
 */
import type { JsonMessage } from '../api/types.ts';
import { EngineError, notFound } from '../errdefs.ts';
import { emitImageEvent } from '../image/events.ts';
import { familiarName, familiarString, fullName, parseNormalizedNamed, tagNameOnly, type Reference } from '../reference/index.ts';
import type { Credentials } from '../registry/auth.ts';
import { gzip } from '../registry/gzip.ts';
import { CONFIG_V1, LAYER_GZIP, manifestOf, serializeManifest, type Descriptor } from '../registry/manifest.ts';
import { digestOf, shortId, type Digest } from '../util/digest.ts';
import { DEFAULT_BYTES_PER_SECOND, registryFor, type DistributionDeps } from './deps.ts';
import { errorMessage, message, progress, update } from './progress.ts';
import { poolSchedule, progressSteps, replay, transferMs, type Moment } from './timeline.ts';

/**
 * Push a local tag. Missing image or tag throws before the stream starts.
 * @example for await (const m of push('myuser/alpine:v1', deps, { username: 'myuser', password: 'pw' })) …
 */
export function push(refOrName: string | Reference, deps: DistributionDeps, auth?: Credentials): AsyncIterable<JsonMessage> {
  const parsed = typeof refOrName === 'string' ? parseNormalizedNamed(refOrName) : refOrName;
  const ref = tagNameOnly({ domain: parsed.domain, path: parsed.path, tag: parsed.tag });
  const name = fullName(ref);
  if (deps.refs.referencesByName(name).length === 0) {
    throw new EngineError('System', `An image does not exist locally with the tag: ${familiarName(ref)}`);
  }
  const imageId = deps.refs.get(ref);
  const img = imageId && deps.images.get(imageId);
  if (!img) throw notFound(`tag does not exist: ${familiarString(ref)}`);
  const registry = registryFor(deps, ref.domain);
  const rate = deps.bytesPerSecond ?? DEFAULT_BYTES_PER_SECOND;
  const topFirst = [...img.layers].reverse();

  return (async function* () {
    yield message(`The push refers to repository [${name}]`);
    for (const l of topFirst) yield update(shortId(l.diffId), 'Preparing');
    try {
      registry.users.authorizePush(ref.path, auth);
    } catch (e) {
      yield errorMessage(e instanceof Error ? e.message : String(e));
      return;
    }
    const plans = topFirst.map((l) => {
      const id = shortId(l.diffId);
      const blob = gzip(deps.layers.tar(l.chainId));
      const digest = digestOf(blob);
      const descriptor: Descriptor = { mediaType: LAYER_GZIP, size: blob.length, digest };
      const exists = registry.headBlob(ref.path, digest, auth) !== undefined;
      const mountFrom = exists ? undefined : deps.metadata.sources(l.diffId).find((s) => s.host === ref.domain && s.digest === digest && s.repository !== ref.path && registry.headBlob(s.repository, digest, auth));
      return { layer: l, id, blob, descriptor, exists, mountFrom, bytes: exists || mountFrom ? 0 : l.size };
    });
    const slots = poolSchedule(
      plans.map((p) => (p.bytes > 0 ? transferMs(p.bytes, rate) : 1)),
      deps.maxConcurrentUploads ?? 5,
    );
    const moments: Moment[] = [];
    plans.forEach((p, k) => {
      const { start, end } = slots[k];
      if (start > 0) moments.push({ at: 0, message: update(p.id, 'Waiting') });
      const record = (outcome: 'transferred' | 'exists' | 'mounted') => {
        deps.metadata.add(p.layer.diffId, { digest: p.descriptor.digest, host: ref.domain, repository: ref.path });
        deps.bus?.emit({ kind: 'registry.blob', registry: ref.domain, repository: ref.path, digest: p.descriptor.digest, direction: 'push', outcome, bytes: p.bytes });
      };
      if (p.exists) {
        moments.push({ at: end, run: () => record('exists'), message: update(p.id, 'Layer already exists') });
      } else if (p.mountFrom) {
        const from = p.mountFrom.repository;
        const mounted = () => {
          registry.mountBlob(from, ref.path, p.descriptor.digest, auth);
          record('mounted');
        };
        // moby prints the source repository's path (`library/alpine`), not its familiar name.
        moments.push({ at: end, run: mounted, message: update(p.id, `Mounted from ${from}`) });
      } else {
        const steps = progressSteps(end - start);
        for (let s = 1; s <= steps; s++) {
          const at = start + Math.round(((end - start) * (s - 1)) / steps);
          moments.push({ at, message: progress(p.id, 'Pushing', Math.round((p.layer.size * s) / steps), p.layer.size) });
        }
        const upload = () => {
          registry.putBlob(ref.path, p.blob, auth, p.descriptor.digest);
          record('transferred');
        };
        moments.push({ at: end, run: upload, message: update(p.id, 'Pushed') });
      }
    });
    const bottomFirst = [...plans].reverse();
    const manifestBytes = serializeManifest(
      manifestOf(
        { mediaType: CONFIG_V1, size: img.configBytes.length, digest: img.id },
        bottomFirst.map((p) => p.descriptor),
      ),
    );
    let manifestDigest: Digest | undefined;
    moments.push({
      at: Math.max(0, ...slots.map((s) => s.end)),
      run: () => {
        if (!registry.headBlob(ref.path, img.id, auth)) registry.putBlob(ref.path, img.configBytes, auth, img.id);
        manifestDigest = registry.putManifest(ref.path, ref.tag!, manifestBytes, auth);
        deps.bus?.emit({ kind: 'registry.manifest', registry: ref.domain, repository: ref.path, reference: ref.tag!, digest: manifestDigest, found: true });
        const digestRef: Reference = { domain: ref.domain, path: ref.path, digest: manifestDigest };
        if (!deps.refs.get(digestRef)) deps.refs.addDigest(digestRef, img.id);
      },
    });
    try {
      yield* replay(moments, deps.clock);
    } catch (e) {
      yield errorMessage(e instanceof Error ? e.message : String(e));
      return;
    }
    yield message(`${ref.tag}: digest: ${manifestDigest} size: ${manifestBytes.length}`);
    yield { progressDetail: {}, aux: { Tag: ref.tag, Digest: manifestDigest, Size: manifestBytes.length } };
    emitImageEvent(deps, 'push', familiarString(ref), familiarString(ref));
  })();
}
