/**
 * Docker's reference store (moby reference/store.go): names → image IDs. Two kinds of
 * name: tags (`docker.io/library/alpine:latest`) and digests
 * (`docker.io/library/alpine@sha256:…`, the manifest digest a pull came from). Keys are
 * full normalized strings; what is shown (RepoTags, RepoDigests, `Untagged:`) is the
 * familiar form, in the order the daemon returns it (sorted by the full string).
 */
import { conflict, invalidParameter } from '../errdefs.ts';
import { familiarString, fullName, referenceString, tagNameOnly, type Reference } from '../reference/index.ts';
import type { Digest } from '../util/digest.ts';

interface Entry {
  ref: Reference;
  id: Digest;
}

/** The full normalized string of a reference: `docker.io/library/alpine:latest`. */
export function refKey(ref: Reference): string {
  return referenceString(ref);
}

export class ReferenceStore {
  private readonly entries = new Map<string, Entry>();

  /**
   * Point a tag at an image; moves it when it already points elsewhere (unless
   * `force` is false, as for builds that must not steal tags silently).
   * @example refs.addTag(parseNormalizedNamed('alpine:latest'), id)
   */
  addTag(ref: Reference, id: Digest, force = true): void {
    if (ref.digest) throw invalidParameter('refusing to create a tag with a digest reference');
    if (!ref.tag) throw invalidParameter('reference has no tag');
    // moby: a repository called `sha256` would make `sha256:<hex>` ambiguous.
    if (ref.path === 'sha256' || ref.path === 'library/sha256') {
      throw invalidParameter('refusing to create an ambiguous tag using digest algorithm as name');
    }
    this.add(ref, id, force);
  }

  /** Record the manifest digest an image was pulled (or pushed) as. */
  addDigest(ref: Reference, id: Digest, force = true): void {
    if (!ref.digest) throw invalidParameter('reference has no digest');
    const existing = this.entries.get(refKey(ref));
    if (existing && existing.id !== id && !force) throw conflict(`Cannot overwrite digest ${ref.digest}`);
    this.add({ domain: ref.domain, path: ref.path, digest: ref.digest }, id, true);
  }

  private add(ref: Reference, id: Digest, force: boolean): void {
    const key = refKey(ref);
    const existing = this.entries.get(key);
    if (existing && existing.id !== id && !force) {
      throw conflict(`Conflict: Tag ${familiarString(ref)} is already set to image ${existing.id}, if you want to replace it, please use the force option`);
    }
    this.entries.set(key, { ref, id });
  }

  /** Remove a name; true if it existed. */
  delete(ref: Reference): boolean {
    return this.entries.delete(refKey(ref));
  }

  /** Look a name up as moby's refstore does: a digest wins over a tag; no tag means `latest`. */
  get(ref: Reference): Digest | undefined {
    const key = ref.digest ? { domain: ref.domain, path: ref.path, digest: ref.digest } : tagNameOnly(ref);
    return this.entries.get(refKey(key))?.id;
  }

  /** Every name of an image, sorted by full string (moby lexicalRefs). */
  references(id: Digest): Reference[] {
    return [...this.entries.entries()]
      .filter(([, e]) => e.id === id)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, e]) => e.ref);
  }

  /** Every name in one repository (`docker.io/library/alpine`), with its image. */
  referencesByName(name: string): Entry[] {
    return [...this.entries.values()].filter((e) => fullName(e.ref) === name);
  }

  /** `RepoTags` of `docker images` / inspect: familiar `name:tag` strings. */
  repoTags(id: Digest): string[] {
    return this.references(id)
      .filter((r) => r.tag && !r.digest)
      .map((r) => familiarString(r));
  }

  /** `RepoDigests`: familiar `name@sha256:…` strings. */
  repoDigests(id: Digest): string[] {
    return this.references(id)
      .filter((r) => r.digest)
      .map((r) => familiarString(r));
  }

  /** All entries (for `docker images`, which lists one row per tag). */
  all(): Entry[] {
    return [...this.entries.values()];
  }
}
