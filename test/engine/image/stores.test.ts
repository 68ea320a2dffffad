import { describe, expect, it } from 'vitest';
import { ContentStore } from '../../../src/engine/content/store.ts';
import { LayerStore } from '../../../src/engine/image/layerstore.ts';
import { rootfsOf } from '../../../src/engine/image/rootfs.ts';
import { tagImage } from '../../../src/engine/image/tag.ts';
import { writeTar } from '../../../src/engine/layer/tar.ts';
import { chainIds } from '../../../src/engine/layer/ids.ts';
import { pull } from '../../../src/engine/distribution/pull.ts';
import { buildImage, collect, makeWorld, ref } from '../distribution/world.ts';

const file = (path: string, text: string) => writeTar([{ path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: new TextEncoder().encode(text), declaredSize: 1000 }]);

describe('layer store', () => {
  it('layers are keyed by chain ID, hold their tar in the content store, and are stored once', () => {
    const content = new ContentStore();
    const layers = new LayerStore(content);
    const a = layers.register(file('a', 'A'));
    const b = layers.register(file('b', 'B'), a.chainId);
    expect(b.chainId).toBe(chainIds([a.diffId, b.diffId])[1]);
    expect(layers.register(file('b', 'B'), a.chainId)).toBe(b);
    expect(b.size).toBe(1000);
    expect(content.has(b.tarDigest)).toBe(true);
    expect(layers.stack(b.chainId).map((l) => l.chainId)).toEqual([a.chainId, b.chainId]);
  });

  it('releasing the last reference frees the layer and unreferenced parents, top first', () => {
    const content = new ContentStore();
    const layers = new LayerStore(content);
    const a = layers.register(file('a', 'A'));
    const b = layers.register(file('b', 'B'), a.chainId);
    layers.retain(b.chainId);
    layers.retain(a.chainId);
    expect(layers.release(b.chainId)).toEqual([b.chainId]);
    expect(layers.release(a.chainId)).toEqual([a.chainId]);
    expect(content.digests()).toEqual([]);
  });

  it('an equal diff on two different parents shares one tar', () => {
    const content = new ContentStore();
    const layers = new LayerStore(content);
    const x = layers.register(file('x', 'X'));
    const y = layers.register(file('y', 'Y'));
    const onX = layers.register(file('c', 'C'), x.chainId);
    const onY = layers.register(file('c', 'C'), y.chainId);
    expect(onX.chainId).not.toBe(onY.chainId);
    expect(onX.tarDigest).toBe(onY.tarDigest);
    layers.releaseIfUnused(onX.chainId);
    expect(content.has(onY.tarDigest)).toBe(true);
  });
});

describe('image store and root filesystems', () => {
  it("an image's rootfs is the merge of its layers, shared by every image with that chain", async () => {
    const world = makeWorld();
    await collect(pull('alpine', world.deps));
    const id = world.deps.refs.get(ref('alpine'))!;
    const fs = rootfsOf(world.deps.images, world.deps.layers, id);
    expect(rootfsOf(world.deps.images, world.deps.layers, id)).toBe(fs);
    expect(fs).toBeTruthy();
  });

  it('image IDs resolve by unique prefix, and children are found by parent', async () => {
    const world = makeWorld();
    await collect(pull('alpine', world.deps));
    const parent = world.deps.images.get(world.deps.refs.get(ref('alpine'))!)!;
    const child = buildImage(world, parent, 'app', 'app:v1');
    expect(world.deps.images.search(parent.id.slice(7, 19))).toBe(parent);
    expect(world.deps.images.children(parent.id)).toEqual([child]);
    expect(world.deps.images.heads()).toEqual([child]);
    expect(child.size).toBe(parent.size + 3);
  });
});

describe('docker tag', () => {
  it('points a normalized target at the source image and emits tag events', async () => {
    const world = makeWorld();
    await collect(pull('alpine', world.deps));
    const from = world.events.length;
    const img = tagImage(world.deps, 'alpine', 'docker.io/myuser/alpine:v1');
    expect(world.deps.refs.repoTags(img.id)).toEqual(['alpine:latest', 'myuser/alpine:v1']);
    const kinds = world.events.slice(from).map((e) => (e.kind === 'docker' ? `${e.message.Action} ${e.message.Actor.Attributes.name}` : e.kind));
    expect(kinds).toEqual(['image.tag', 'tag myuser/alpine:v1']);
  });

  it('a missing source is No such image', () => {
    const world = makeWorld();
    expect(() => tagImage(world.deps, 'nosuch', 'x:1')).toThrow('No such image: nosuch:latest');
  });
});
