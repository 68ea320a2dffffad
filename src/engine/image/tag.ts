/**
 * `docker tag SOURCE TARGET` (moby daemon/images/image_tag.go): find the source image
 * as every image command does, normalize the target (default tag `latest`), point it
 * at the image (moving it if it pointed elsewhere), remember when, and announce it.
 */
import { invalidParameter } from '../errdefs.ts';
import { familiarString, parseNormalizedNamed, referenceString, tagNameOnly } from '../reference/index.ts';
import type { ImageDeps } from './delete.ts';
import { emitImageEvent } from './events.ts';
import { resolveImage } from './resolve.ts';
import type { ImageRecord } from './store.ts';

/**
 * @example tagImage(deps, 'alpine', 'docker.io/myuser/alpine:v1') // the alpine image record
 */
export function tagImage(deps: ImageDeps, source: string, target: string): ImageRecord {
  const img = resolveImage(deps.images, deps.refs, source);
  const ref = tagNameOnly(parseNormalizedNamed(target));
  if (ref.digest) throw invalidParameter('refusing to create a tag with a digest reference');
  deps.refs.addTag(ref, img.id);
  img.lastTagTime = deps.clock?.now() ?? 0;
  deps.bus?.emit({ kind: 'image.tag', imageId: img.id, reference: referenceString(ref) });
  emitImageEvent(deps, 'tag', img.id, familiarString(ref), img.config.config.Labels ?? {});
  return img;
}
