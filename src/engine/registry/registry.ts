/**
 * A registry shaped like the distribution HTTP API (`/v2/<name>/manifests/<ref>`,
 * `/v2/<name>/blobs/<digest>`, uploads, cross-repository mounts, tags list, catalog).
 * Blobs and manifests are real bytes in a content store; a repository is a set of
 * linked blobs and manifests plus its tags, as in distribution's storage driver.
 * Methods are synchronous; the daemon's distribution code adds transfer time.
 *
 * Errors are distribution's (RegistryError: MANIFEST_UNKNOWN, NAME_UNKNOWN, …).
 */
import { ContentStore } from '../content/store.ts';
import { digestOf, isDigest, type Digest } from '../util/digest.ts';
import { Users, type AuthPolicy, type Credentials } from './auth.ts';
import { registryError } from './errors.ts';
import { manifestDigest, MANIFEST_V2, parseManifest, type ManifestV2 } from './manifest.ts';

interface Repository {
  tags: Map<string, Digest>;
  manifests: Set<Digest>;
  blobs: Set<Digest>;
}

export interface FetchedManifest {
  digest: Digest;
  mediaType: string;
  bytes: Uint8Array;
  manifest: ManifestV2;
}

export interface RegistryOptions extends Partial<AuthPolicy> {
  /** Repositories anyone may pull without a login (all of them unless given). */
  isPublic?: (repository: string) => boolean;
  /**
   * Answer DENIED rather than NAME_UNKNOWN for a repository that does not exist, as
   * Docker Hub does (it will not say whether a private repository exists).
   */
  hideUnknown?: boolean;
}

export class Registry {
  readonly content = new ContentStore();
  readonly users: Users;
  private readonly repos = new Map<string, Repository>();
  /**
   * Blobs put by seeding, whose digests the seeder computed from these very bytes:
   * kept beside the content store so a new registry (every engine reset) does not
   * hash megabytes of Hub layers again. Immutable, so registries may share them.
   */
  private readonly seeded = new Map<Digest, Uint8Array>();
  /** Repositories that seeding will fill on first access (see seed.ts). */
  private readonly lazy = new Map<string, () => void>();
  private readonly isPublic: (repository: string) => boolean;
  private readonly hideUnknown: boolean;

  /**
   * @example new Registry('localhost:5000', { anonymousPush: true })
   */
  constructor(
    readonly host: string,
    options: RegistryOptions = {},
  ) {
    this.users = new Users({ anonymousPush: options.anonymousPush ?? false, openSignup: options.openSignup ?? false, namespaced: options.namespaced ?? false });
    this.isPublic = options.isPublic ?? (() => true);
    this.hideUnknown = options.hideUnknown ?? false;
  }

  /** `GET /v2/`: the API version check every client makes first. */
  ping(auth?: Credentials): { status: 200; headers: Record<string, string> } {
    this.users.authenticate(auth);
    return { status: 200, headers: { 'Docker-Distribution-Api-Version': 'registry/2.0' } };
  }

  /** What `docker login` does against the registry: throws UNAUTHORIZED on bad credentials. */
  login(username: string, password: string): void {
    this.users.login(username, password);
  }

  /** `GET /v2/<name>/manifests/<tag|digest>`. */
  getManifest(repository: string, reference: string, auth?: Credentials): FetchedManifest {
    const repo = this.readable(repository, auth);
    const digest = isDigest(reference) ? (repo.manifests.has(reference) ? reference : undefined) : repo.tags.get(reference);
    const bytes = digest && this.bytes(digest);
    if (!digest || !bytes) throw registryError('MANIFEST_UNKNOWN');
    return { digest, mediaType: MANIFEST_V2, bytes, manifest: parseManifest(bytes) };
  }

  /** `HEAD /v2/<name>/manifests/<ref>`: the digest, or undefined. */
  headManifest(repository: string, reference: string, auth?: Credentials): Digest | undefined {
    try {
      return this.getManifest(repository, reference, auth).digest;
    } catch {
      return undefined;
    }
  }

  /**
   * `PUT /v2/<name>/manifests/<tag|digest>`: every blob it names must already be in the
   * repository (MANIFEST_BLOB_UNKNOWN otherwise). Returns the manifest digest.
   */
  putManifest(repository: string, reference: string, bytes: Uint8Array, auth?: Credentials): Digest {
    this.users.authorizePush(repository, auth);
    let manifest: ManifestV2;
    try {
      manifest = parseManifest(bytes);
    } catch {
      throw registryError('MANIFEST_INVALID');
    }
    const repo = this.repo(repository, true)!;
    for (const d of [manifest.config, ...manifest.layers]) {
      if (!repo.blobs.has(d.digest)) throw registryError('MANIFEST_BLOB_UNKNOWN', `blob unknown to registry`);
    }
    const digest = manifestDigest(bytes);
    if (isDigest(reference) && reference !== digest) throw registryError('DIGEST_INVALID');
    this.content.put(bytes);
    repo.manifests.add(digest);
    if (!isDigest(reference)) repo.tags.set(reference, digest);
    return digest;
  }

  /** `HEAD /v2/<name>/blobs/<digest>`: the size if the repository has the blob. */
  headBlob(repository: string, digest: Digest, auth?: Credentials): { size: number } | undefined {
    this.users.authenticate(auth);
    const repo = this.repo(repository);
    const bytes = repo?.blobs.has(digest) ? this.bytes(digest) : undefined;
    return bytes ? { size: bytes.length } : undefined;
  }

  /** `GET /v2/<name>/blobs/<digest>`. */
  getBlob(repository: string, digest: Digest, auth?: Credentials): Uint8Array {
    const repo = this.readable(repository, auth);
    const bytes = repo.blobs.has(digest) ? this.bytes(digest) : undefined;
    if (!bytes) throw registryError('BLOB_UNKNOWN');
    return bytes;
  }

  /**
   * The upload sequence (`POST …/blobs/uploads/`, `PUT ?digest=`) in one call; the
   * digest, when given, must match the bytes (DIGEST_INVALID otherwise).
   */
  putBlob(repository: string, bytes: Uint8Array, auth?: Credentials, expected?: Digest): Digest {
    this.users.authorizePush(repository, auth);
    const digest = digestOf(bytes);
    if (expected && expected !== digest) throw registryError('DIGEST_INVALID');
    this.content.put(bytes);
    this.repo(repository, true)!.blobs.add(digest);
    return digest;
  }

  /**
   * `POST /v2/<to>/blobs/uploads/?mount=<digest>&from=<from>`: link a blob another
   * repository already has, without moving bytes. False when the source lacks it or
   * may not be read (the client then uploads instead).
   */
  mountBlob(fromRepository: string, toRepository: string, digest: Digest, auth?: Credentials): boolean {
    this.users.authorizePush(toRepository, auth);
    const from = this.repo(fromRepository);
    if (!from?.blobs.has(digest) || !this.canRead(fromRepository, auth)) return false;
    this.repo(toRepository, true)!.blobs.add(digest);
    return true;
  }

  /** `GET /v2/<name>/tags/list`. */
  tags(repository: string, auth?: Credentials): { name: string; tags: string[] } {
    const repo = this.readable(repository, auth);
    return { name: repository, tags: [...repo.tags.keys()].sort() };
  }

  /** `GET /v2/_catalog`. */
  catalog(): { repositories: string[] } {
    return { repositories: [...new Set([...this.repos.keys(), ...this.lazy.keys()])].sort() };
  }

  /**
   * What the registry holds, for an inspector, without seeding anything: each
   * repository with its tags and manifest digests, or `undefined` tags for a repository
   * declared lazily and not yet materialised (its content has never been asked for).
   */
  listing(): { name: string; tags?: { tag: string; digest: string }[] }[] {
    return this.catalog().repositories.map((name) => {
      const repo = this.repos.get(name);
      if (!repo) return { name };
      return { name, tags: [...repo.tags].map(([tag, digest]) => ({ tag, digest })).sort((a, b) => (a.tag < b.tag ? -1 : 1)) };
    });
  }

  /**
   * Declare a repository whose content `fill` will seed on first access, so a large
   * Hub costs nothing until an image of it is pulled.
   */
  seedLazily(repository: string, fill: () => void): void {
    if (!this.repos.has(repository)) this.lazy.set(repository, fill);
  }

  private bytes(digest: Digest): Uint8Array | undefined {
    return this.content.get(digest) ?? this.seeded.get(digest);
  }

  /**
   * Store a blob in a repository without an auth check: seeding only. With `digest`
   * (which the caller computed from these bytes) nothing is hashed again.
   */
  seedBlob(repository: string, bytes: Uint8Array, digest?: Digest): Digest {
    const d = digest ?? digestOf(bytes);
    if (!this.content.has(d)) this.seeded.set(d, bytes);
    this.repo(repository, true, false)!.blobs.add(d);
    return d;
  }

  /** Store and tag a manifest without an auth check: seeding only. */
  seedManifest(repository: string, tags: readonly string[], bytes: Uint8Array, digest?: Digest): Digest {
    digest = this.seedBlob(repository, bytes, digest);
    const repo = this.repo(repository, true, false)!;
    repo.manifests.add(digest);
    repo.blobs.delete(digest);
    for (const tag of tags) repo.tags.set(tag, digest);
    return digest;
  }

  /** Remove a tag (the `registry` image's delete API, used by lessons and tests). */
  deleteTag(repository: string, tag: string): boolean {
    return this.repo(repository)?.tags.delete(tag) ?? false;
  }

  private canRead(repository: string, auth?: Credentials): boolean {
    const user = this.users.authenticate(auth);
    return this.isPublic(repository) || (user !== undefined && repository.split('/')[0] === user);
  }

  /** A repository the caller may read; hides existence from those who may not, as Hub does. */
  private readable(repository: string, auth?: Credentials): Repository {
    const repo = this.repo(repository);
    const hidden = !this.canRead(repository, auth);
    if (!repo || hidden) throw registryError(this.hideUnknown || hidden ? 'DENIED' : 'NAME_UNKNOWN');
    return repo;
  }

  private repo(name: string, create = false, fill = true): Repository | undefined {
    const pending = fill ? this.lazy.get(name) : undefined;
    if (pending) {
      this.lazy.delete(name);
      pending();
    }
    let repo = this.repos.get(name);
    if (!repo && create) {
      repo = { tags: new Map(), manifests: new Set(), blobs: new Set() };
      this.repos.set(name, repo);
    }
    return repo;
  }
}
