import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/engine/image/config.ts';
import { diffIdOf } from '../../../src/engine/layer/ids.ts';
import { readTar } from '../../../src/engine/layer/tar.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { gunzip, gzip } from '../../../src/engine/registry/gzip.ts';
import { LAYER_GZIP, MANIFEST_V2 } from '../../../src/engine/registry/manifest.ts';
import { hubPolicy } from '../../../src/engine/registry/registries.ts';
import { Registry } from '../../../src/engine/registry/registry.ts';
import { seedRegistry } from '../../../src/engine/registry/seed.ts';
import { alpineSpec, helloSpec, nodeSpec, specs } from '../distribution/world.ts';

const hub = () => new Registry('docker.io', hubPolicy);

describe('seeding the Hub from image specs', () => {
  it('the same specs give the same digests every time, in any registry', () => {
    const a = seedRegistry(hub(), specs).all().map((s) => s.manifestDigest);
    const b = seedRegistry(hub(), specs.map((s) => structuredClone(s))).all().map((s) => s.manifestDigest);
    expect(b).toEqual(a);
  });

  it('every tag of a spec points at its manifest, a Docker schema 2 manifest with gzip layers sized as their blobs', () => {
    const registry = hub();
    const [alpine] = seedRegistry(registry, [alpineSpec]).all();
    expect(registry.tags('library/alpine').tags).toEqual(['3.20', 'latest']);
    const { manifest, digest, mediaType } = registry.getManifest('library/alpine', '3.20');
    expect(digest).toBe(alpine.manifestDigest);
    expect(mediaType).toBe(MANIFEST_V2);
    expect(manifest.layers).toHaveLength(1);
    expect(manifest.layers[0].mediaType).toBe(LAYER_GZIP);
    expect(manifest.layers[0].size).toBe(registry.getBlob('library/alpine', manifest.layers[0].digest).length);
  });

  it('layer blobs are gzip of real tars whose sha256 is the config diff_id', () => {
    const registry = hub();
    seedRegistry(registry, [alpineSpec]).all();
    const { manifest } = registry.getManifest('library/alpine', 'latest');
    const config = parseConfig(registry.getBlob('library/alpine', manifest.config.digest));
    const tar = gunzip(registry.getBlob('library/alpine', manifest.layers[0].digest));
    expect(diffIdOf(tar)).toBe(config.rootfs.diff_ids[0]);
    const entries = readTar(tar);
    expect(entries.map((e) => `${e.type} ${e.path}`)).toEqual(['dir bin', 'file bin/busybox', 'symlink bin/sh', 'dir etc', 'file etc/os-release', 'dir tmp']);
    expect(entries[1]).toMatchObject({ mode: 0o755, declaredSize: 919_304, mtime: Date.parse(alpineSpec.created) / 1000 });
    expect(entries[5].mode).toBe(0o1777);
  });

  it('the config carries the spec run config, its created date, and history with empty_layer for steps without files', () => {
    const registry = hub();
    const [hello] = seedRegistry(registry, [helloSpec]).all();
    expect(hello.config).toMatchObject({ architecture: 'amd64', os: 'linux', created: helloSpec.created, config: { Cmd: ['/hello'] } });
    expect(hello.config.history).toEqual([
      { created: helloSpec.created, created_by: 'COPY hello / # buildkit' },
      { created: helloSpec.created, created_by: 'CMD ["/hello"]', empty_layer: true },
    ]);
  });

  it("an image with a base reuses the base's exact layer blobs and history first", () => {
    const registry = hub();
    const [alpine, node] = seedRegistry(registry, [alpineSpec, nodeSpec]).all();
    expect(node.layers[0].descriptor).toEqual(alpine.layers[0].descriptor);
    expect(node.config.rootfs.diff_ids.slice(0, 1)).toEqual(alpine.config.rootfs.diff_ids);
    expect(node.config.history.slice(0, 2)).toEqual(alpine.config.history);
    expect(node.config.history).toHaveLength(6);
    expect(registry.headBlob('library/node', alpine.layers[0].descriptor.digest)).toBeDefined();
  });

  it('a spec listed before its base still finds it', () => {
    const registry = hub();
    const [node, alpine] = seedRegistry(registry, [nodeSpec, alpineSpec]).all();
    expect(node.layers[0].descriptor.digest).toBe(alpine.layers[0].descriptor.digest);
  });

  it('an unknown base is an error naming it', () => {
    expect(() => seedRegistry(hub(), [{ ...nodeSpec, base: 'library/nope:1' }])).toThrow('seed: library/node has unknown base library/nope:1');
  });

  it('seeds twenty images of a few hundred files each in well under a second', () => {
    const base: ImageSpec = {
      repository: 'library/base',
      tags: ['1'],
      created: '2024-01-01T00:00:00Z',
      config: {},
      steps: [{ createdBy: 'ADD rootfs /', files: Array.from({ length: 400 }, (_, i) => ({ path: `/usr/lib/f${i}`, content: `file ${i}\n`.repeat(20), size: 100_000 })) }],
    };
    const many: ImageSpec[] = [
      base,
      ...Array.from({ length: 19 }, (_, n) => ({
        repository: `library/app${n}`,
        tags: ['latest'],
        created: '2024-02-01T00:00:00Z',
        base: 'library/base:1',
        config: {},
        steps: [{ createdBy: `RUN build ${n}`, files: Array.from({ length: 200 }, (_, i) => ({ path: `/app/${n}/m${i}.js`, content: `module ${i}\n`.repeat(10) })) }],
      })),
    ];
    const t0 = performance.now();
    const registry = hub();
    seedRegistry(registry, many).all();
    for (const s of many) registry.getManifest(s.repository, s.tags[0]);
    const cold = performance.now() - t0;
    const t1 = performance.now();
    const again = hub();
    seedRegistry(again, many);
    for (const s of many) again.getManifest(s.repository, s.tags[0]);
    const warm = performance.now() - t1;
    expect(cold).toBeLessThan(1000);
    // A second engine reuses the process-wide build: no tar, gzip or sha256 work.
    expect(warm).toBeLessThan(50);
  });

  it('repositories are listed at once but built on first access', () => {
    const registry = hub();
    const seed = seedRegistry(registry, [alpineSpec, helloSpec]);
    expect(registry.catalog()).toEqual({ repositories: ['library/alpine', 'library/hello-world'] });
    expect(registry.tags('library/hello-world')).toEqual({ name: 'library/hello-world', tags: ['latest'] });
    expect(registry.getManifest('library/alpine', 'latest').digest).toBe(seed.get('library/alpine', '3.20')!.manifestDigest);
  });
});

describe('gzip', () => {
  it('round-trips any bytes, including more than one stored block', () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 31) & 0xff);
    expect(gunzip(gzip(big))).toEqual(big);
    expect(gunzip(gzip(new Uint8Array()))).toEqual(new Uint8Array());
  });

  it('writes a standard gzip header', () => {
    expect([...gzip(new Uint8Array([1])).subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
  });
});
