import { describe, expect, test } from 'vitest';
import { tracedSession } from '../trace/fixtures.ts';

describe('sceneAt: the world as the diagram draws it at a step', () => {
  test('before any command it shows the default networks and an empty Docker Hub', async () => {
    const t = await tracedSession();
    const scene = t.recorder.sceneAt(-1);
    expect(scene.networks.map((n) => `${n.name} (${n.driver})`).sort()).toEqual(['bridge (bridge)', 'host (host)', 'none (null)']);
    expect(scene).toMatchObject({ images: [], containers: [], volumes: [], transfers: [], registries: [{ host: 'docker.io', repositories: [] }] });
  });

  test('shows the image only once it is tagged, with its layers, and the container only once it is created', async () => {
    const t = await tracedSession();
    await t.run('docker run --name hello hello-world');
    const steps = t.recorder.steps;
    const tagged = steps.find((s) => s.machine === 'pull' && s.to === 'tagging')!;
    const created = steps.find((s) => s.machine === 'container' && s.to === 'created')!;
    const exited = steps.find((s) => s.machine === 'container' && s.to === 'exited')!;

    expect(t.recorder.sceneAt(tagged.id - 1).images).toEqual([]);
    expect(t.recorder.sceneAt(tagged.id).images).toEqual([
      {
        id: expect.stringMatching(/^sha256:fa88e03fcf5c/),
        tags: ['hello-world:latest'],
        size: 10072,
        layers: [{ diffId: expect.stringMatching(/^sha256:e57f9dade715/), size: 10072, createdBy: 'COPY hello / # buildkit' }],
      },
    ]);
    expect(t.recorder.sceneAt(tagged.id).registries).toEqual([{ host: 'docker.io', repositories: ['library/hello-world'] }]);
    expect(t.recorder.sceneAt(created.id - 1).containers).toEqual([]);
    expect(t.recorder.sceneAt(created.id).containers).toEqual([
      expect.objectContaining({ name: 'hello', image: 'hello-world', imageId: expect.stringMatching(/^sha256:fa88/), state: 'created', status: 'Created' }),
    ]);
    expect(t.recorder.sceneAt(exited.id).containers[0]).toMatchObject({ state: 'exited', status: 'Exited (0) Less than a second ago', exitCode: 0 });
  });

  test('shows published ports, networks and the running time; removes the card after rm', async () => {
    const t = await tracedSession();
    await t.run('docker run -d --name web -p 8080:80 nginx');
    await t.run('docker pause web');
    const paused = t.recorder.steps.at(-1)!;
    await t.run('docker rm -f web');
    const removed = t.recorder.steps.find((s) => s.to === 'removed')!;
    expect(t.recorder.sceneAt(paused.id).containers).toEqual([
      expect.objectContaining({ name: 'web', state: 'paused', status: 'Up 2 seconds (Paused)', ports: ['0.0.0.0:8080->80/tcp'], networks: ['bridge'] }),
    ]);
    expect(t.recorder.sceneAt(removed.id - 1).containers.map((c) => c.name)).toEqual(['web']);
    expect(t.recorder.sceneAt(removed.id).containers).toEqual([]);
    expect(t.recorder.sceneAt(removed.id).images.map((i) => i.tags)).toEqual([['nginx:latest']]);
  });

  test('shows every layer of a pull in flight with its progress, and clears them when it is done', async () => {
    const t = await tracedSession();
    await t.run('docker pull nginx');
    const first = t.recorder.steps.find((s) => s.machine === 'pull' && s.to === 'downloading')!;
    const done = t.recorder.steps.find((s) => s.machine === 'pull' && s.to === 'done')!;
    const transfers = t.recorder.sceneAt(first.id).transfers;
    expect(transfers).toHaveLength(7);
    expect(transfers.every((x) => x.direction === 'pull' && x.registry === 'docker.io' && x.progress >= 0 && x.progress <= 1)).toBe(true);
    expect(transfers.find((x) => x.digest === first.digest)?.progress).toBe(1);
    expect(transfers.filter((x) => x.progress < 1).length).toBeGreaterThan(0);
    expect(t.recorder.sceneAt(done.id - 1).transfers.every((x) => x.progress === 1 && x.digest.length === 71)).toBe(true);
    expect(t.recorder.sceneAt(done.id).transfers).toEqual([]);
  });

  test('shows a push layer by layer, named by diff ID, with its progress', async () => {
    const t = await tracedSession();
    await t.run('docker run -d -p 5000:5000 registry:2');
    await t.run('docker pull alpine');
    await t.run('docker tag alpine localhost:5000/alpine');
    await t.run('docker push localhost:5000/alpine');
    const manifest = t.lastCommandSteps().find((s) => s.machine === 'push' && s.to === 'manifest')!;
    expect(t.recorder.sceneAt(manifest.id).transfers).toEqual([{ digest: 'sha256:303ef40589d0', direction: 'push', progress: 1, registry: 'localhost:5000' }]);
    expect(t.recorder.sceneAt(t.recorder.nextId - 1).transfers).toEqual([]);
  });

  test('shows a local registry and its repositories after a push, and volumes and networks as they come', async () => {
    const t = await tracedSession();
    await t.run('docker run -d -p 5000:5000 --name registry registry:2');
    await t.run('docker tag alpine localhost:5000/alpine');
    await t.run('docker pull alpine');
    await t.run('docker tag alpine localhost:5000/alpine');
    await t.run('docker push localhost:5000/alpine');
    await t.run('docker volume create data');
    await t.run('docker network create backend');
    const scene = t.recorder.sceneAt(t.recorder.nextId - 1);
    expect(scene.registries).toContainEqual({ host: 'localhost:5000', repositories: ['alpine'] });
    expect(scene.images.find((i) => i.tags.includes('localhost:5000/alpine:latest'))?.tags).toEqual(['alpine:latest', 'localhost:5000/alpine:latest']);
    expect(scene.volumes.map((v) => v.name)).toContain('data');
    expect(scene.networks.map((n) => n.name)).toContain('backend');
  });
});
