import { describe, expect, it } from 'vitest';
import { isRegistryError } from '../../../src/engine/registry/errors.ts';
import { CONFIG_V1, LAYER_GZIP, manifestOf, serializeManifest } from '../../../src/engine/registry/manifest.ts';
import { Registries, hubPolicy } from '../../../src/engine/registry/registries.ts';
import { Registry } from '../../../src/engine/registry/registry.ts';
import { digestOf } from '../../../src/engine/util/digest.ts';

const enc = new TextEncoder();

function registryError(fn: () => unknown): { code: string; message: string; status: number } {
  try {
    fn();
  } catch (e) {
    if (isRegistryError(e)) return { code: e.code, message: e.message, status: e.httpStatus };
    throw e;
  }
  throw new Error('expected a registry error');
}

function pushSmallImage(registry: Registry, repo: string, tag: string, auth?: { username: string; password: string }) {
  const layer = registry.putBlob(repo, enc.encode('layer'), auth);
  const config = registry.putBlob(repo, enc.encode('{}'), auth);
  const bytes = serializeManifest(manifestOf({ mediaType: CONFIG_V1, size: 2, digest: config }, [{ mediaType: LAYER_GZIP, size: 5, digest: layer }]));
  return { digest: registry.putManifest(repo, tag, bytes, auth), layer, bytes };
}

describe('registry API', () => {
  it('GET /v2/ answers 200 with the distribution API version header', () => {
    expect(new Registry('localhost:5000').ping()).toEqual({ status: 200, headers: { 'Docker-Distribution-Api-Version': 'registry/2.0' } });
  });

  it('manifests are found by tag and by digest; blobs by digest; tags and catalog are sorted', () => {
    const registry = new Registry('localhost:5000', { anonymousPush: true });
    const { digest, bytes } = pushSmallImage(registry, 'team/app', 'v2');
    registry.putManifest('team/app', 'v1', bytes);
    expect(registry.getManifest('team/app', 'v1').digest).toBe(digest);
    expect(registry.getManifest('team/app', digest).bytes).toEqual(bytes);
    expect(registry.getBlob('team/app', digestOf('layer'))).toEqual(enc.encode('layer'));
    expect(registry.headBlob('team/app', digestOf('layer'))).toEqual({ size: 5 });
    expect(registry.tags('team/app')).toEqual({ name: 'team/app', tags: ['v1', 'v2'] });
    pushSmallImage(registry, 'alpha', 'latest');
    expect(registry.catalog()).toEqual({ repositories: ['alpha', 'team/app'] });
  });

  it('errors carry distribution codes, messages and statuses', () => {
    const registry = new Registry('localhost:5000', { anonymousPush: true });
    pushSmallImage(registry, 'app', 'v1');
    expect(registryError(() => registry.getManifest('app', 'nope'))).toEqual({ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown: manifest unknown', status: 404 });
    expect(registryError(() => registry.getManifest('other', 'v1'))).toEqual({
      code: 'NAME_UNKNOWN',
      message: 'name unknown: repository name not known to registry',
      status: 404,
    });
    expect(registryError(() => registry.getBlob('app', digestOf('nothing')))).toEqual({ code: 'BLOB_UNKNOWN', message: 'blob unknown: blob unknown to registry', status: 404 });
    expect(registryError(() => registry.tags('other')).code).toBe('NAME_UNKNOWN');
    expect(registry.headBlob('app', digestOf('nothing'))).toBeUndefined();
  });

  it('a manifest naming blobs the repository lacks is refused', () => {
    const registry = new Registry('localhost:5000', { anonymousPush: true });
    const bytes = serializeManifest(manifestOf({ mediaType: CONFIG_V1, size: 2, digest: digestOf('{}') }, []));
    expect(registryError(() => registry.putManifest('app', 'v1', bytes)).code).toBe('MANIFEST_BLOB_UNKNOWN');
  });

  it('an upload whose bytes do not match the given digest is DIGEST_INVALID', () => {
    const registry = new Registry('localhost:5000', { anonymousPush: true });
    expect(registryError(() => registry.putBlob('app', enc.encode('x'), undefined, digestOf('y'))).code).toBe('DIGEST_INVALID');
  });

  it('a cross-repository mount links an existing blob without an upload', () => {
    const registry = new Registry('localhost:5000', { anonymousPush: true });
    const { layer } = pushSmallImage(registry, 'base', 'v1');
    expect(registry.headBlob('app', layer)).toBeUndefined();
    expect(registry.mountBlob('base', 'app', layer)).toBe(true);
    expect(registry.headBlob('app', layer)).toEqual({ size: 5 });
    expect(registry.mountBlob('nowhere', 'app', digestOf('zzz'))).toBe(false);
  });
});

describe('registry authentication', () => {
  it('Docker Hub hides unknown repositories behind DENIED', () => {
    const hub = new Registry('docker.io', hubPolicy);
    expect(registryError(() => hub.getManifest('library/nonexistent', 'latest'))).toEqual({
      code: 'DENIED',
      message: 'denied: requested access to the resource is denied',
      status: 403,
    });
  });

  it('pushes to Docker Hub need a login and the own namespace', () => {
    const hub = new Registry('docker.io', hubPolicy);
    expect(registryError(() => pushSmallImage(hub, 'bob/app', 'v1')).code).toBe('DENIED');
    hub.login('bob', 'secret');
    const bob = { username: 'bob', password: 'secret' };
    expect(registryError(() => pushSmallImage(hub, 'alice/app', 'v1', bob)).code).toBe('DENIED');
    expect(pushSmallImage(hub, 'bob/app', 'v1', bob).digest).toMatch(/^sha256:/);
    // Anyone may pull it (Hub repositories are public by default).
    expect(hub.getManifest('bob/app', 'v1').digest).toMatch(/^sha256:/);
  });

  it('a wrong password is UNAUTHORIZED, both at login and on requests', () => {
    const hub = new Registry('docker.io', hubPolicy);
    hub.login('bob', 'secret');
    expect(registryError(() => hub.login('bob', 'wrong'))).toEqual({ code: 'UNAUTHORIZED', message: 'unauthorized: incorrect username or password', status: 401 });
    expect(registryError(() => hub.ping({ username: 'bob', password: 'wrong' })).code).toBe('UNAUTHORIZED');
  });

  it('a closed registry knows only the users it was given', () => {
    const registry = new Registry('registry.example.com', { openSignup: false });
    expect(registryError(() => registry.login('bob', 'secret')).code).toBe('UNAUTHORIZED');
    registry.users.add('bob', 'secret');
    expect(() => registry.login('bob', 'secret')).not.toThrow();
  });

  it('a localhost:5000 registry accepts anonymous pushes', () => {
    const registries = new Registries();
    const local = registries.addRegistry('localhost:5000');
    expect(pushSmallImage(local, 'app', 'v1').digest).toMatch(/^sha256:/);
  });
});

describe('registries by host', () => {
  it('Docker Hub is always there; others come and go, keeping content while they exist', () => {
    const registries = new Registries();
    expect(registries.hosts()).toEqual(['docker.io']);
    const local = registries.addRegistry('localhost:5000');
    expect(registries.addRegistry('localhost:5000')).toBe(local);
    expect(registries.removeRegistry('localhost:5000')).toBe(local);
    expect(registries.removeRegistry('docker.io')).toBeUndefined();
    expect(registries.get('localhost:5000')).toBeUndefined();
    expect(registries.addRegistry('localhost:5000', local)).toBe(local);
  });
});
