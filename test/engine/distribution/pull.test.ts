import { describe, expect, it } from 'vitest';
import { pull } from '../../../src/engine/distribution/pull.ts';
import { isEngineError } from '../../../src/engine/errdefs.ts';
import { shortId } from '../../../src/engine/util/digest.ts';
import { collect, makeWorld, nonTtyLines, ref } from './world.ts';

describe('docker pull', () => {
  it('a first pull streams Pulling from, the layer sequence, Digest and Downloaded newer image', async () => {
    const { deps } = makeWorld();
    const hubManifest = deps.registries.hub.getManifest('library/alpine', 'latest');
    const layerId = shortId(hubManifest.manifest.layers[0].digest);
    const messages = await collect(pull('alpine', deps));
    expect(messages[0]).toEqual({ status: 'Pulling from library/alpine', id: 'latest' });
    expect(nonTtyLines(messages)).toEqual([
      'latest: Pulling from library/alpine',
      `${layerId}: Pulling fs layer`,
      `${layerId}: Verifying Checksum`,
      `${layerId}: Download complete`,
      `${layerId}: Pull complete`,
      `Digest: ${hubManifest.digest}`,
      'Status: Downloaded newer image for alpine:latest',
    ]);
    const downloading = messages.filter((m) => m.status === 'Downloading');
    expect(downloading.length).toBeGreaterThan(0);
    // 919 304 declared bytes of busybox + 48 bytes of os-release.
    expect(downloading.at(-1)!.progressDetail).toEqual({ current: 919_352, total: 919_352 });
    expect(downloading.at(-1)!.progress).toBe('[==================================================>]  919.4kB/919.4kB');
    expect(messages.find((m) => m.status === 'Pull complete')).toEqual({ status: 'Pull complete', progressDetail: {}, id: layerId });
  });

  it('a pull records the image under its tag and its repo digest, with the config digest as image ID', async () => {
    const { deps } = makeWorld();
    await collect(pull('alpine:3.20', deps));
    const m = deps.registries.hub.getManifest('library/alpine', '3.20');
    const id = m.manifest.config.digest;
    expect(deps.images.get(id)).toBeDefined();
    expect(deps.refs.repoTags(id)).toEqual(['alpine:3.20']);
    expect(deps.refs.repoDigests(id)).toEqual([`alpine@${m.digest}`]);
  });

  it('pulling again says the image is up to date and moves no layers', async () => {
    const { deps } = makeWorld();
    await collect(pull('alpine', deps));
    const lines = nonTtyLines(await collect(pull('alpine', deps)));
    expect(lines).toEqual([
      'latest: Pulling from library/alpine',
      `Digest: ${deps.registries.hub.getManifest('library/alpine', 'latest').digest}`,
      'Status: Image is up to date for alpine:latest',
    ]);
  });

  it('pulling another tag of a stored image adds the tag and says Downloaded newer image', async () => {
    const { deps } = makeWorld();
    await collect(pull('alpine:latest', deps));
    const lines = nonTtyLines(await collect(pull('alpine:3.20', deps)));
    expect(lines.at(-1)).toBe('Status: Downloaded newer image for alpine:3.20');
    expect(lines.some((l) => l.includes('Pull complete'))).toBe(false);
    const id = deps.refs.get(ref('alpine:latest'))!;
    expect(deps.refs.repoTags(id)).toEqual(['alpine:3.20', 'alpine:latest']);
  });

  it('an image sharing a base layer says Already exists for it and downloads only the rest', async () => {
    const { deps, events } = makeWorld();
    await collect(pull('alpine', deps));
    const node = deps.registries.hub.getManifest('library/node', '20-alpine').manifest;
    const [base, nodeLayer, yarnLayer] = node.layers.map((l) => shortId(l.digest));
    const alpineLayer = deps.registries.hub.getManifest('library/alpine', 'latest').manifest.layers[0];
    expect(base).toBe(shortId(alpineLayer.digest));
    const lines = nonTtyLines(await collect(pull('node:20-alpine', deps)));
    expect(lines.slice(0, 4)).toEqual(['20-alpine: Pulling from library/node', `${base}: Already exists`, `${nodeLayer}: Pulling fs layer`, `${yarnLayer}: Pulling fs layer`]);
    expect(lines).toContain(`${nodeLayer}: Pull complete`);
    const transferred = events.filter((e) => e.kind === 'registry.blob' && e.outcome === 'transferred');
    // Downloads run in parallel: the small yarn layer lands before the big node layer.
    expect(transferred.map((e) => (e.kind === 'registry.blob' ? e.digest : ''))).toEqual([alpineLayer.digest, node.layers[2].digest, node.layers[1].digest]);
  });

  it('layers queued behind the three-download limit say Waiting, and extraction follows layer order', async () => {
    const { deps } = makeWorld();
    const layers = deps.registries.hub.getManifest('library/big', 'latest').manifest.layers.map((l) => shortId(l.digest));
    const lines = nonTtyLines(await collect(pull('big', deps)));
    expect(lines.slice(1, 10)).toEqual([...layers.map((id) => `${id}: Pulling fs layer`), ...layers.slice(3).map((id) => `${id}: Waiting`)]);
    const completes = lines.filter((l) => l.endsWith('Pull complete')).map((l) => l.slice(0, 12));
    expect(completes).toEqual(layers);
  });

  it('transfers take virtual time proportional to bytes (50 MB/s)', async () => {
    const { deps, clock } = makeWorld({ timed: true });
    const start = clock.now();
    await collect(pull('node:20-alpine', deps), clock);
    const elapsed = clock.now() - start;
    // 120 MB of node alone is 2.4 s on the wire; extraction adds a quarter of that.
    expect(elapsed).toBeGreaterThan(2400);
    expect(elapsed).toBeLessThan(4500);
  });

  it('pulling by digest works and reports the digest reference', async () => {
    const { deps } = makeWorld();
    const digest = deps.registries.hub.getManifest('library/alpine', 'latest').digest;
    const lines = nonTtyLines(await collect(pull(`alpine@${digest}`, deps)));
    expect(lines[0]).toBe(`${digest}: Pulling from library/alpine`);
    expect(lines.at(-1)).toBe(`Status: Downloaded newer image for alpine@${digest}`);
    const id = deps.refs.get(ref(`alpine@${digest}`))!;
    expect(deps.refs.repoTags(id)).toEqual([]);
    expect(deps.refs.repoDigests(id)).toEqual([`alpine@${digest}`]);
  });

  it('a tag that moved in the registry moves locally on the next pull', async () => {
    const { deps } = makeWorld();
    await collect(pull('alpine', deps));
    const hello = deps.registries.hub.getManifest('library/hello-world', 'latest');
    for (const d of [hello.manifest.config, ...hello.manifest.layers]) deps.registries.hub.seedBlob('library/alpine', deps.registries.hub.getBlob('library/hello-world', d.digest));
    deps.registries.hub.seedManifest('library/alpine', ['latest'], hello.bytes);
    const lines = nonTtyLines(await collect(pull('alpine', deps)));
    expect(lines.at(-1)).toBe('Status: Downloaded newer image for alpine:latest');
    expect(deps.refs.get(ref('alpine'))).toBe(hello.manifest.config.digest);
  });

  it('a repository that does not exist is a 404 pull access denied before the stream starts', () => {
    const { deps } = makeWorld();
    try {
      pull('nonexistent', deps);
      expect.unreachable();
    } catch (e) {
      expect(isEngineError(e, 'NotFound')).toBe(true);
      expect((e as Error).message).toBe(
        "pull access denied for nonexistent, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      );
    }
  });

  it('a missing tag is manifest for alpine:nope not found', () => {
    const { deps } = makeWorld();
    expect(() => pull('alpine:nope', deps)).toThrow('manifest for alpine:nope not found: manifest unknown: manifest unknown');
  });

  it('a registry nobody runs is a connection error', () => {
    const { deps } = makeWorld();
    expect(() => pull('localhost:5000/app', deps)).toThrow('Get "https://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused');
  });

  it('a pull emits manifest, blob and extract events and a docker pull event', async () => {
    const { deps, events } = makeWorld();
    await collect(pull('hello-world', deps));
    const kinds = events.map((e) => (e.kind === 'docker' ? `docker.${e.message.Action}` : e.kind));
    expect(kinds).toEqual(['registry.manifest', 'registry.blob', 'layer.extract', 'image.tag', 'docker.pull']);
    const last = events.at(-1)!;
    expect(last.kind === 'docker' && last.message.Actor).toEqual({ ID: 'hello-world:latest', Attributes: { name: 'hello-world:latest' } });
  });
});
