/**
 * `GET /images/get?names=` (docker save), as moby v28's tarexport writes it: an OCI
 * image layout (`oci-layout`, `index.json`, `blobs/sha256/…` holding each config,
 * manifest and uncompressed layer tar) plus the Docker `manifest.json` and
 * `repositories` files older loaders read. The config blob is the image's exact
 * config bytes, so loading the archive gives back the same image ID.
 */
import { notFound } from '../../errdefs.ts';
import { resolveImage } from '../../image/resolve.ts';
import type { ImageRecord } from '../../image/store.ts';
import { familiarName, familiarString, fullName, parseNormalizedNamed, referenceString, type Reference } from '../../reference/index.ts';
import { writeTar, type TarEntry } from '../../layer/tar.ts';
import { digestOf, type Digest } from '../../util/digest.ts';
import type { ImageService } from '../images/service.ts';

const encoder = new TextEncoder();
const mediaTypes = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar',
};

interface Selected {
  image: ImageRecord;
  refs: Reference[];
}

/** Which images and tags the names stand for: `alpine` is every tag of the repository. */
function select(service: ImageService, names: readonly string[]): Selected[] {
  const out = new Map<Digest, Selected>();
  const add = (image: ImageRecord, ref?: Reference) => {
    const entry = out.get(image.id) ?? { image, refs: [] };
    if (ref && !entry.refs.some((r) => referenceString(r) === referenceString(ref))) entry.refs.push(ref);
    out.set(image.id, entry);
  };
  for (const name of names) {
    const image = resolveImage(service.images, service.refs, name);
    const ref = referenceOf(name);
    if (!ref || ref.digest) add(image);
    else if (ref.tag) add(image, ref);
    else {
      // A bare repository name saves every tag of it; an ID prefix saves the image untagged.
      const tagged = service.refs.referencesByName(fullName(ref)).filter((e) => e.ref.tag && !e.ref.digest);
      if (tagged.length === 0) add(image);
      for (const e of tagged) add(service.images.get(e.id) ?? image, e.ref);
    }
  }
  if (out.size === 0) throw notFound('empty export - not implemented');
  return [...out.values()];
}

function referenceOf(name: string): Reference | undefined {
  if (/^(sha256:)?[a-f0-9]{64}$/.test(name)) return undefined;
  try {
    return parseNormalizedNamed(name);
  } catch {
    return undefined;
  }
}

/** @example saveImages(service, ['alpine']) — the bytes `docker save alpine` writes */
export function saveImages(service: ImageService, names: readonly string[]): Uint8Array {
  const blobs = new Map<string, Uint8Array>();
  const put = (bytes: Uint8Array) => {
    const digest = digestOf(bytes);
    blobs.set(digest.slice(7), bytes);
    return { digest, size: bytes.length };
  };
  const index: unknown[] = [];
  const manifest: unknown[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  let mtime = 0;
  for (const { image, refs } of select(service, names)) {
    mtime = Math.max(mtime, Math.floor(image.created / 1000));
    const config = put(image.configBytes);
    const layers = image.layers.map((l) => put(service.layers.tar(l.chainId)));
    const ociManifest = {
      schemaVersion: 2,
      mediaType: mediaTypes.manifest,
      config: { mediaType: mediaTypes.config, digest: config.digest, size: config.size },
      layers: layers.map((l) => ({ mediaType: mediaTypes.layer, digest: l.digest, size: l.size })),
    };
    const m = put(encoder.encode(JSON.stringify(ociManifest)));
    const descriptor = { mediaType: mediaTypes.manifest, digest: m.digest, size: m.size };
    if (refs.length === 0) index.push(descriptor);
    for (const ref of refs) {
      index.push({ ...descriptor, annotations: { 'io.containerd.image.name': referenceString(ref), 'org.opencontainers.image.ref.name': ref.tag } });
      const top = layers.at(-1);
      if (top) (repositories[familiarName(ref)] ??= {})[ref.tag ?? 'latest'] = top.digest.slice(7);
    }
    manifest.push({
      Config: `blobs/sha256/${config.digest.slice(7)}`,
      RepoTags: refs.length > 0 ? refs.map((r) => familiarString(r)) : null,
      Layers: layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`),
    });
  }
  const dir = (path: string): TarEntry => ({ path, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime });
  const file = (path: string, data: Uint8Array): TarEntry => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data });
  const json = (value: unknown) => encoder.encode(JSON.stringify(value) + '\n');
  const entries: TarEntry[] = [dir('blobs'), dir('blobs/sha256')];
  for (const hex of [...blobs.keys()].sort()) entries.push(file(`blobs/sha256/${hex}`, blobs.get(hex)!));
  entries.push(file('index.json', json({ schemaVersion: 2, mediaType: mediaTypes.index, manifests: index })));
  entries.push(file('manifest.json', json(manifest)));
  entries.push(file('oci-layout', encoder.encode('{"imageLayoutVersion":"1.0.0"}')));
  if (Object.keys(repositories).length > 0) entries.push(file('repositories', json(repositories)));
  return writeTar(entries);
}
