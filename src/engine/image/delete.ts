/**
 * `docker rmi` as moby's daemon/images/image_delete.go does it: removing a name only
 * untags when the image keeps other names; naming the image by ID deletes it (after
 * untagging its single repository); conflicts are hard (child images, running
 * containers: even `--force` cannot) or soft (other repositories, stopped containers:
 * `--force` overrides); unless `noprune`, untagged parents are removed too, quietly.
 * Containers are not ours: the caller passes a function listing them.
 */
import { EngineError } from '../errdefs.ts';
import { familiarString, parseNormalizedNamed, tagNameOnly, type Reference } from '../reference/index.ts';
import { shortId, type Digest } from '../util/digest.ts';
import { emitImageEvent, type ImageEventSink } from './events.ts';
import type { LayerStore } from './layerstore.ts';
import type { ReferenceStore } from './refstore.ts';
import { isImageIdPrefix, resolveImage } from './resolve.ts';
import type { ImageStore } from './store.ts';

export interface ContainerUsage {
  id: string;
  imageId: string;
  running: boolean;
}

export interface ImageDeps extends ImageEventSink {
  images: ImageStore;
  refs: ReferenceStore;
  layers: LayerStore;
  /** Every container, in the daemon's order (the first match is the one named in errors). */
  containers?: () => ContainerUsage[];
}

export type DeleteItem = { Untagged: string } | { Deleted: string };

export interface DeleteOptions {
  force?: boolean;
  noprune?: boolean;
}

const DEPENDENT_CHILD = 1;
const RUNNING = 2;
const ACTIVE_REFERENCE = 4;
const STOPPED = 8;
const HARD = DEPENDENT_CHILD | RUNNING;
const SOFT = ACTIVE_REFERENCE | STOPPED;

interface Conflict {
  hard: boolean;
  used: boolean;
  error: EngineError;
}

function conflictOf(id: Digest, hard: boolean, used: boolean, message: string): Conflict {
  const text = `conflict: unable to delete ${shortId(id)} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`;
  return { hard, used, error: new EngineError('Conflict', text) };
}

/** moby isSingleReference: one tag, possibly with digests of that same repository. */
function isSingleReference(refs: Reference[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: Reference | undefined;
  const canonical = new Set<string>();
  for (const r of refs) {
    if (r.digest) canonical.add(`${r.domain}/${r.path}`);
    else if (!single) single = r;
    else return false;
  }
  single ??= refs[0];
  return canonical.size === 1 && canonical.has(`${single.domain}/${single.path}`);
}

/**
 * Remove an image or one of its names; returns the `Untagged:`/`Deleted:` items in order.
 * @example deleteImage(deps, 'alpine') // [{Untagged:'alpine:latest'}, {Untagged:'alpine@sha256:…'}, {Deleted:'sha256:…'}, …]
 */
export function deleteImage(deps: ImageDeps, refOrId: string, options: DeleteOptions = {}): DeleteItem[] {
  const force = options.force ?? false;
  const prune = !options.noprune;
  const records: DeleteItem[] = [];
  const img = resolveImage(deps.images, deps.refs, refOrId);
  const id = img.id;
  let repoRefs = deps.refs.references(id);
  let removedRepositoryRef = false;

  if (!isImageIdPrefix(id, refOrId)) {
    if (!force && isSingleReference(repoRefs)) {
      const user = (deps.containers?.() ?? []).find((c) => c.imageId === id);
      if (user) {
        throw new EngineError(
          'Conflict',
          `conflict: unable to remove repository reference "${refOrId}" (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(id)}`,
        );
      }
    }
    const parsed = tagNameOnly(parseNormalizedNamed(refOrId));
    deps.refs.delete(parsed);
    emitImageEvent(deps, 'untag', id, id);
    records.push({ Untagged: familiarString(parsed) });
    repoRefs = deps.refs.references(id);

    // Untagging the last tag of a repository also drops that repository's digests.
    if (!parsed.digest) {
      const sameRepo = (r: Reference) => r.domain === parsed.domain && r.path === parsed.path;
      if (!repoRefs.some((r) => !r.digest && sameRepo(r))) {
        const remaining: Reference[] = [];
        for (const r of repoRefs) {
          if (r.digest && sameRepo(r)) {
            deps.refs.delete(r);
            records.push({ Untagged: familiarString(r) });
          } else remaining.push(r);
        }
        repoRefs = remaining;
      }
    }
    if (repoRefs.length > 0) return records;
    removedRepositoryRef = true;
  } else if (isSingleReference(repoRefs)) {
    const c = checkConflict(deps, id, force ? HARD : HARD | (SOFT & ~ACTIVE_REFERENCE));
    if (c) throw c.error;
    for (const r of repoRefs) {
      deps.refs.delete(r);
      emitImageEvent(deps, 'untag', id, id);
      records.push({ Untagged: familiarString(r) });
    }
  }
  deleteHelper(deps, id, records, force, prune, removedRepositoryRef);
  return records;
}

function deleteHelper(deps: ImageDeps, id: Digest, records: DeleteItem[], force: boolean, prune: boolean, quiet: boolean): void {
  const c = checkConflict(deps, id, force ? HARD : HARD | SOFT);
  if (c) {
    // Quiet (parent pruning, or the image just lost its last name): stop silently,
    // unless the image would be left dangling and unused, which the user must hear of.
    if (quiet && (!isDangling(deps, id) || c.used)) return;
    throw c.error;
  }
  const parent = deps.images.get(id)?.parent;
  for (const r of deps.refs.references(id)) {
    deps.refs.delete(r);
    emitImageEvent(deps, 'untag', id, id);
    records.push({ Untagged: familiarString(r) });
  }
  const removedLayers = deps.images.delete(id);
  emitImageEvent(deps, 'delete', id, id);
  records.push({ Deleted: id });
  for (const chainId of removedLayers) records.push({ Deleted: chainId });
  if (!prune || !parent || !deps.images.get(parent)) return;
  deleteHelper(deps, parent, records, false, true, true);
}

function isDangling(deps: ImageDeps, id: Digest): boolean {
  return deps.refs.references(id).length === 0 && deps.images.children(id).length === 0;
}

function checkConflict(deps: ImageDeps, id: Digest, mask: number): Conflict | undefined {
  if (mask & DEPENDENT_CHILD && deps.images.children(id).length > 0) {
    return conflictOf(id, true, false, 'image has dependent child images');
  }
  const containers = deps.containers?.() ?? [];
  const running = containers.find((c) => c.imageId === id && c.running);
  if (mask & RUNNING && running) {
    return conflictOf(id, true, true, `image is being used by running container ${shortId(running.id)}`);
  }
  if (mask & ACTIVE_REFERENCE && deps.refs.references(id).length > 0) {
    return conflictOf(id, false, false, 'image is referenced in multiple repositories');
  }
  const stopped = containers.find((c) => c.imageId === id && !c.running);
  if (mask & STOPPED && stopped) {
    return conflictOf(id, false, true, `image is being used by stopped container ${shortId(stopped.id)}`);
  }
  return undefined;
}
