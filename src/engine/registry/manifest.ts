/**
 * Docker image manifest v2 schema 2: the document a tag points at, listing the config
 * blob and the layer blobs by digest and size. Serialised the way Docker's
 * distribution library does (Go struct order, three-space indent), so a one-layer
 * manifest comes out at the familiar ~527 bytes.
 */
import { digestOf, type Digest } from '../util/digest.ts';

export const MANIFEST_V2 = 'application/vnd.docker.distribution.manifest.v2+json';
export const CONFIG_V1 = 'application/vnd.docker.container.image.v1+json';
export const LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

export interface Descriptor {
  mediaType: string;
  size: number;
  digest: Digest;
}

export interface ManifestV2 {
  schemaVersion: 2;
  mediaType: typeof MANIFEST_V2;
  config: Descriptor;
  layers: Descriptor[];
}

/**
 * @example const m = manifestOf(configDesc, layerDescs); const bytes = serializeManifest(m);
 */
export function manifestOf(config: Descriptor, layers: Descriptor[]): ManifestV2 {
  return { schemaVersion: 2, mediaType: MANIFEST_V2, config, layers };
}

export function serializeManifest(m: ManifestV2): Uint8Array {
  const desc = (d: Descriptor) => ({ mediaType: d.mediaType, size: d.size, digest: d.digest });
  const ordered = { schemaVersion: m.schemaVersion, mediaType: m.mediaType, config: desc(m.config), layers: m.layers.map(desc) };
  return new TextEncoder().encode(JSON.stringify(ordered, null, 3));
}

export function parseManifest(bytes: Uint8Array): ManifestV2 {
  const m = JSON.parse(new TextDecoder().decode(bytes)) as ManifestV2;
  if (m.schemaVersion !== 2 || !m.config || !Array.isArray(m.layers)) throw new Error('manifest invalid');
  return m;
}

export function manifestDigest(bytes: Uint8Array): Digest {
  return digestOf(bytes);
}
