/**
 * `POST /images/create?fromSrc=-` (docker import), as moby's ImportImage does it: the
 * uploaded tar becomes the one layer of a new image with an empty run configuration,
 * a comment (`Imported from -` unless `-m` gave one) in the config and its one history
 * entry, optionally tagged. Its ID is printed as the stream's one status line.
 */
import { invalidParameter } from '../../errdefs.ts';
import { serializeConfig, type ImageConfig } from '../../image/config.ts';
import { emitImageEvent } from '../../image/events.ts';
import { tagImage } from '../../image/tag.ts';
import { diffIdOf } from '../../layer/ids.ts';
import { readTar, writeTar } from '../../layer/tar.ts';
import { parseNormalizedNamed } from '../../reference/index.ts';
import type { Digest } from '../../util/digest.ts';
import type { ImageService } from '../images/service.ts';

export interface ImportOptions {
  /** `repo` and `tag` query parameters (the CLI splits `myimage:1`). */
  repo?: string;
  tag?: string;
  message?: string;
  /** Virtual time, ms. */
  now: number;
}

/** @example importImage(service, tar, { repo: 'myimage', tag: '1', now }) // 'sha256:…' */
export function importImage(service: ImageService, archive: Uint8Array, options: ImportOptions): Digest {
  if (options.repo) parseNormalizedNamed(options.repo);
  // Go's tar reader: input ending inside the first header is an unexpected EOF.
  if (archive.length < 512 && archive.some((b) => b !== 0)) throw invalidParameter('unexpected EOF');
  // Re-written through our tar writer: the layer holds the entries, in Docker's layer form.
  const tar = writeTar(readTar(archive));
  service.layers.register(tar);
  const created = new Date(options.now).toISOString();
  const comment = options.message || 'Imported from -';
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    created,
    comment,
    config: {},
    rootfs: { type: 'layers', diff_ids: [diffIdOf(tar)] },
    history: [{ created, comment }],
  };
  const image = service.images.create(serializeConfig(config));
  emitImageEvent(service.deps, 'import', image.id, image.id);
  if (options.repo) tagImage(service.deps, image.id, options.tag ? `${options.repo}:${options.tag}` : options.repo);
  return image.id;
}
