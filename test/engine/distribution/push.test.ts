import { describe, expect, it } from 'vitest';
import { pull } from '../../../src/engine/distribution/pull.ts';
import { push } from '../../../src/engine/distribution/push.ts';
import { isEngineError } from '../../../src/engine/errdefs.ts';
import { shortId } from '../../../src/engine/util/digest.ts';
import { buildImage, collect, makeWorld, nonTtyLines, ref, type World } from './world.ts';

const bob = { username: 'bob', password: 'secret' };

async function pulledAlpineTaggedAs(world: World, target: string) {
  await collect(pull('alpine', world.deps));
  const id = world.deps.refs.get(ref('alpine'))!;
  world.deps.refs.addTag(ref(target), id);
  return world.deps.images.get(id)!;
}

describe('docker push', () => {
  it('to an empty registry every layer is Pushed, then the digest line and the aux message', async () => {
    const world = makeWorld();
    world.deps.registries.addRegistry('localhost:5000');
    const img = await pulledAlpineTaggedAs(world, 'localhost:5000/alpine:v1');
    const layerId = shortId(img.layers[0].diffId);
    const messages = await collect(push('localhost:5000/alpine:v1', world.deps));
    const manifest = world.deps.registries.get('localhost:5000')!.getManifest('alpine', 'v1');
    expect(nonTtyLines(messages)).toEqual([
      'The push refers to repository [localhost:5000/alpine]',
      `${layerId}: Preparing`,
      `${layerId}: Pushed`,
      `v1: digest: ${manifest.digest} size: ${manifest.bytes.length}`,
    ]);
    expect(messages.some((m) => m.status === 'Pushing' && m.progressDetail?.total === img.size)).toBe(true);
    expect(messages.at(-1)).toEqual({ progressDetail: {}, aux: { Tag: 'v1', Digest: manifest.digest, Size: manifest.bytes.length } });
  });

  it('pushes the same manifest the image was pulled with, so the digest matches the Hub', async () => {
    const world = makeWorld();
    world.deps.registries.addRegistry('localhost:5000');
    await pulledAlpineTaggedAs(world, 'localhost:5000/alpine:latest');
    await collect(push('localhost:5000/alpine', world.deps));
    const local = world.deps.registries.get('localhost:5000')!.getManifest('alpine', 'latest');
    expect(local.digest).toBe(world.deps.registries.hub.getManifest('library/alpine', 'latest').digest);
    const id = world.deps.refs.get(ref('alpine'))!;
    expect(world.deps.refs.repoDigests(id)).toContain(`localhost:5000/alpine@${local.digest}`);
  });

  it('a second push says Layer already exists and moves no blob', async () => {
    const world = makeWorld();
    world.deps.registries.addRegistry('localhost:5000');
    const img = await pulledAlpineTaggedAs(world, 'localhost:5000/alpine:v1');
    await collect(push('localhost:5000/alpine:v1', world.deps));
    const before = world.events.length;
    const lines = nonTtyLines(await collect(push('localhost:5000/alpine:v1', world.deps)));
    expect(lines[2]).toBe(`${shortId(img.layers[0].diffId)}: Layer already exists`);
    const blobs = world.events.slice(before).filter((e) => e.kind === 'registry.blob');
    expect(blobs.map((e) => e.kind === 'registry.blob' && e.outcome)).toEqual(['exists']);
  });

  it('a layer another repository of the registry has is Mounted from that repository', async () => {
    const world = makeWorld();
    world.deps.registries.hub.login('bob', 'secret');
    const alpine = await pulledAlpineTaggedAs(world, 'bob/alpine:v1');
    const app = buildImage(world, alpine, 'app.js', 'bob/app:v1');
    const lines = nonTtyLines(await collect(push('bob/app:v1', world.deps, bob)));
    expect(lines).toEqual([
      'The push refers to repository [docker.io/bob/app]',
      `${shortId(app.layers[1].diffId)}: Preparing`,
      `${shortId(app.layers[0].diffId)}: Preparing`,
      `${shortId(app.layers[1].diffId)}: Pushed`,
      `${shortId(app.layers[0].diffId)}: Mounted from library/alpine`,
      expect.stringMatching(/^v1: digest: sha256:[a-f0-9]{64} size: \d+$/),
    ]);
    expect(world.deps.registries.hub.tags('bob/app')).toEqual({ name: 'bob/app', tags: ['v1'] });
  });

  it('layers beyond the five-upload limit wait', async () => {
    const world = makeWorld();
    world.deps.registries.addRegistry('localhost:5000');
    await collect(pull('big', world.deps));
    world.deps.refs.addTag(ref('localhost:5000/big:latest'), world.deps.refs.get(ref('big'))!);
    const lines = nonTtyLines(await collect(push('localhost:5000/big', world.deps)));
    expect(lines.filter((l) => l.endsWith('Waiting'))).toHaveLength(1);
  });

  it('pushing to Docker Hub without a login is denied in-band after Preparing', async () => {
    const world = makeWorld();
    await pulledAlpineTaggedAs(world, 'bob/alpine:v1');
    const messages = await collect(push('bob/alpine:v1', world.deps));
    expect(messages.at(-1)).toEqual({
      errorDetail: { message: 'denied: requested access to the resource is denied' },
      error: 'denied: requested access to the resource is denied',
    });
    expect(nonTtyLines(messages)[1]).toMatch(/^[a-f0-9]{12}: Preparing$/);
  });

  it("pushing into someone else's namespace is denied even when logged in", async () => {
    const world = makeWorld();
    world.deps.registries.hub.login('bob', 'secret');
    await pulledAlpineTaggedAs(world, 'alice/alpine:v1');
    const messages = await collect(push('alice/alpine:v1', world.deps, bob));
    expect(messages.at(-1)?.error).toBe('denied: requested access to the resource is denied');
  });

  it('a name with no local image is An image does not exist locally', () => {
    const world = makeWorld();
    try {
      push('myuser/alpine', world.deps);
      expect.unreachable();
    } catch (e) {
      expect(isEngineError(e, 'System')).toBe(true);
      expect((e as Error).message).toBe('An image does not exist locally with the tag: myuser/alpine');
    }
  });

  it('a missing tag of a local repository is tag does not exist', async () => {
    const world = makeWorld();
    await pulledAlpineTaggedAs(world, 'myuser/alpine:v1');
    expect(() => push('myuser/alpine:v9', world.deps)).toThrow('tag does not exist: myuser/alpine:v9');
  });
});
