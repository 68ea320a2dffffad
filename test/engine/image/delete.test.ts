import { describe, expect, it } from 'vitest';
import { pull } from '../../../src/engine/distribution/pull.ts';
import { deleteImage } from '../../../src/engine/image/delete.ts';
import { pruneImages } from '../../../src/engine/image/prune.ts';
import { isEngineError } from '../../../src/engine/errdefs.ts';
import { shortId } from '../../../src/engine/util/digest.ts';
import { buildImage, collect, makeWorld, ref, type World } from '../distribution/world.ts';

const containerId = '1476237a86e9' + 'c'.repeat(52);

async function withAlpine(tags: string[] = ['alpine']): Promise<{ world: World; id: `sha256:${string}`; digest: string }> {
  const world = makeWorld();
  for (const t of tags) await collect(pull(t, world.deps));
  const id = world.deps.refs.get(ref('alpine'))!;
  const digest = world.deps.registries.hub.getManifest('library/alpine', 'latest').digest;
  return { world, id, digest };
}

function conflictMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isEngineError(e, 'Conflict')).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a conflict');
}

describe('docker rmi', () => {
  it('removing the last tag untags it, untags its repo digest, deletes the image and its layers', async () => {
    const { world, id, digest } = await withAlpine();
    const chain = world.deps.images.get(id)!.topChainId!;
    expect(deleteImage(world.deps, 'alpine')).toEqual([{ Untagged: 'alpine:latest' }, { Untagged: `alpine@${digest}` }, { Deleted: id }, { Deleted: chain }]);
    expect(world.deps.images.all()).toEqual([]);
    expect(world.deps.layers.all()).toEqual([]);
  });

  it('removing one of several tags only untags', async () => {
    const { world, id } = await withAlpine(['alpine', 'alpine:3.20']);
    expect(deleteImage(world.deps, 'alpine:3.20')).toEqual([{ Untagged: 'alpine:3.20' }]);
    expect(world.deps.images.get(id)).toBeDefined();
  });

  it('a tag whose image a container uses cannot be removed without force, naming the reference as given', async () => {
    const { world, id } = await withAlpine();
    world.containers.push({ id: containerId, imageId: id, running: false });
    expect(conflictMessage(() => deleteImage(world.deps, 'alpine'))).toBe(
      `conflict: unable to remove repository reference "alpine" (must force) - container 1476237a86e9 is using its referenced image ${shortId(id)}`,
    );
  });

  it('with force, the last tag of an image a running container uses is untagged and the image quietly kept', async () => {
    const { world, id, digest } = await withAlpine();
    world.containers.push({ id: containerId, imageId: id, running: true });
    expect(deleteImage(world.deps, 'alpine', { force: true })).toEqual([{ Untagged: 'alpine:latest' }, { Untagged: `alpine@${digest}` }]);
    expect(world.deps.images.get(id)).toBeDefined();
  });

  it('with force, the last tag of an image only a stopped container uses deletes the image too (as moby does)', async () => {
    const { world, id } = await withAlpine();
    world.containers.push({ id: containerId, imageId: id, running: false });
    expect(deleteImage(world.deps, 'alpine', { force: true })).toContainEqual({ Deleted: id });
  });

  it('an ID used by a running container cannot be deleted even with force', async () => {
    const { world, id } = await withAlpine();
    world.containers.push({ id: containerId, imageId: id, running: true });
    const message = `conflict: unable to delete ${shortId(id)} (cannot be forced) - image is being used by running container 1476237a86e9`;
    expect(conflictMessage(() => deleteImage(world.deps, shortId(id)))).toBe(message);
    expect(conflictMessage(() => deleteImage(world.deps, shortId(id), { force: true }))).toBe(message);
  });

  it('an ID used by a stopped container must be forced', async () => {
    const { world, id } = await withAlpine();
    world.containers.push({ id: containerId, imageId: id, running: false });
    expect(conflictMessage(() => deleteImage(world.deps, id))).toBe(
      `conflict: unable to delete ${shortId(id)} (must be forced) - image is being used by stopped container 1476237a86e9`,
    );
    expect(deleteImage(world.deps, id, { force: true }).filter((r) => 'Deleted' in r)[0]).toEqual({ Deleted: id });
  });

  it('an ID tagged in several repositories must be forced, and force untags them all', async () => {
    const { world, id, digest } = await withAlpine();
    world.deps.refs.addTag(ref('myuser/alpine:v1'), id);
    expect(conflictMessage(() => deleteImage(world.deps, shortId(id)))).toBe(
      `conflict: unable to delete ${shortId(id)} (must be forced) - image is referenced in multiple repositories`,
    );
    const records = deleteImage(world.deps, shortId(id), { force: true });
    expect(records.slice(0, 4)).toEqual([{ Untagged: 'alpine:latest' }, { Untagged: `alpine@${digest}` }, { Untagged: 'myuser/alpine:v1' }, { Deleted: id }]);
  });

  it('an ID with dependent child images cannot be deleted, even with force', async () => {
    const { world, id } = await withAlpine();
    const parent = world.deps.images.get(id)!;
    const child = buildImage(world, parent, 'app.js', 'app:v1');
    const untaggedParent = buildImage(world, child, 'more.js', 'app:v2');
    const message = `conflict: unable to delete ${shortId(child.id)} (cannot be forced) - image has dependent child images`;
    expect(conflictMessage(() => deleteImage(world.deps, child.id, { force: true }))).toBe(message);
    expect(untaggedParent.parent).toBe(child.id);
  });

  it('an unknown name is No such image with the default tag', async () => {
    const { world } = await withAlpine();
    expect(() => deleteImage(world.deps, 'nosuch')).toThrow('No such image: nosuch:latest');
    expect(() => deleteImage(world.deps, 'nosuch')).toThrow(expect.objectContaining({ kind: 'NotFound' }));
  });

  it('deleting a built image prunes its untagged parents, unless noprune', async () => {
    const { world, id } = await withAlpine();
    const step1 = buildImage(world, world.deps.images.get(id)!, 'a', undefined);
    const step2 = buildImage(world, step1, 'b', 'app:v1');
    const records = deleteImage(world.deps, 'app:v1');
    expect(records.filter((r) => 'Deleted' in r).map((r) => ('Deleted' in r ? r.Deleted : ''))).toEqual([step2.id, step2.topChainId, step1.id, step1.topChainId]);
    // The tagged base stops the pruning quietly.
    expect(world.deps.images.get(id)).toBeDefined();

    const again = buildImage(world, world.deps.images.get(id)!, 'c', undefined);
    const top = buildImage(world, again, 'd', 'app:v2');
    deleteImage(world.deps, 'app:v2', { noprune: true });
    expect(world.deps.images.get(top.id)).toBeUndefined();
    expect(world.deps.images.get(again.id)).toBeDefined();
  });

  it('layers shared with another image survive its deletion', async () => {
    const { world, id } = await withAlpine();
    await collect(pull('node:20-alpine', world.deps));
    const records = deleteImage(world.deps, 'node:20-alpine');
    expect(records.filter((r) => 'Deleted' in r)).toHaveLength(3);
    expect(world.deps.layers.has(world.deps.images.get(id)!.topChainId!)).toBe(true);
  });

  it('emits untag and delete image events', async () => {
    const { world, id } = await withAlpine();
    const from = world.events.length;
    deleteImage(world.deps, 'alpine');
    const actions = world.events.slice(from).map((e) => (e.kind === 'docker' ? `${e.message.Action} ${e.message.Actor.ID}` : e.kind));
    expect(actions).toEqual([`untag ${id}`, `delete ${id}`]);
  });
});

describe('docker image prune', () => {
  it('dangling mode removes untagged top images and reports the space their layers held', async () => {
    const { world, id } = await withAlpine();
    const dangling = buildImage(world, world.deps.images.get(id)!, 'x', undefined);
    const report = pruneImages(world.deps);
    expect(report.ImagesDeleted).toEqual([{ Deleted: dangling.id }, { Deleted: dangling.topChainId }]);
    expect(report.SpaceReclaimed).toBe(1);
    expect(world.deps.images.get(id)).toBeDefined();
  });

  it('-a removes every image no container uses', async () => {
    const { world, id } = await withAlpine();
    await collect(pull('hello-world', world.deps));
    const hello = world.deps.refs.get(ref('hello-world'))!;
    world.containers.push({ id: containerId, imageId: hello, running: false });
    const report = pruneImages(world.deps, { all: true });
    expect(report.ImagesDeleted.some((r) => 'Deleted' in r && r.Deleted === id)).toBe(true);
    expect(world.deps.images.get(hello)).toBeDefined();
    expect(report.SpaceReclaimed).toBe(919_352);
  });
});
