import { describe, expect, test } from 'vitest';
import { story, tracedSession, transitions } from './fixtures.ts';

const dockerfile = 'FROM alpine\nRUN echo hi > /x\nCOPY . /app\nCMD ["cat", "/x"]\n';

describe('the trace of docker build', () => {
  test('a first build checks the cache at every step, runs RUN in a temporary container and tags the image', async () => {
    const t = await tracedSession({ files: { '/home/learner/app/Dockerfile': dockerfile } });
    expect(await t.run('docker build -t app app')).toBe(0);
    const build = t.lastCommandSteps().filter((s) => s.machine === 'build');
    expect(transitions(build)).toMatchInlineSnapshot(`
      "build: idle → context
      build: context → parsed
      build: parsed → cacheCheck
      build: cacheCheck → committed
      build: committed → cacheCheck
      build: cacheCheck → running
      build: running → committed
      build: committed → cacheCheck
      build: cacheCheck → committed
      build: committed → built
      build: built → tagged"
    `);
    expect(story(build)).toMatchInlineSnapshot(`
      "daemon | client→daemon build context | The daemon receives the build context (the files the Dockerfile may copy) for app.
      daemon |  | The daemon parses the Dockerfile: 3 steps.
      images |  | Step 1/3: FROM alpine:latest — the build starts from this base image.
      images |  | The base image is ready.
      images |  | Step 2/3: RUN echo hi > /x — the builder checks its cache for a layer made by this instruction on the same parent.
      containers |  | No cache hit: step 2 runs in a temporary container.
      images |  | The temporary container's changes are committed as a new layer.
      images |  | Step 3/3: COPY . /app — the builder checks its cache for a layer made by this instruction on the same parent.
      images |  | The files are copied into a new layer.
      images |  | The build is finished: image 7e30d6743d92 (1 step run, 0 from cache).
      images |  | The image is tagged app:latest."
    `);
  });

  test('a second build of the same context answers every step from the cache', async () => {
    const t = await tracedSession({ files: { '/home/learner/app/Dockerfile': dockerfile } });
    await t.run('docker build -t app app');
    await t.run('docker build -t app app');
    const build = t.lastCommandSteps().filter((s) => s.machine === 'build');
    expect(story(build)).toMatchInlineSnapshot(`
      "daemon | client→daemon build context | The daemon receives the build context (the files the Dockerfile may copy) for app.
      daemon |  | The daemon parses the Dockerfile: 3 steps.
      images |  | Step 1/3: FROM alpine:latest — the build starts from this base image.
      images |  | The base image is ready.
      images |  | Step 2/3: RUN echo hi > /x — the builder checks its cache for a layer made by this instruction on the same parent.
      images |  | Cache hit: step 2 (RUN echo hi > /x) reuses the result of an earlier build, so nothing runs.
      images |  | Step 3/3: COPY . /app — the builder checks its cache for a layer made by this instruction on the same parent.
      images |  | Cache hit: step 3 (COPY . /app) reuses the result of an earlier build, so nothing runs.
      images |  | The build is finished: image 7e30d6743d92 (0 steps run, 2 from cache).
      images |  | The image is tagged app:latest."
    `);
    expect(build.filter((s) => s.cached === true).map((s) => s.sentence.slice(0, 18))).toEqual(['Cache hit: step 2 ', 'Cache hit: step 3 ']);
  });

  test('the classic builder (DOCKER_BUILDKIT=0) is traced from its text stream', async () => {
    const t = await tracedSession({ files: { '/home/learner/app/Dockerfile': dockerfile } });
    await t.run('DOCKER_BUILDKIT=0 docker build -t app app');
    await t.run('DOCKER_BUILDKIT=0 docker build -t app app');
    const build = t.lastCommandSteps().filter((s) => s.machine === 'build');
    expect(transitions(build)).toMatchInlineSnapshot(`
      "build: idle → context
      build: context → parsed
      build: parsed → cacheCheck
      build: cacheCheck → committed
      build: committed → cacheCheck
      build: cacheCheck → cached
      build: cached → committed
      build: committed → cacheCheck
      build: cacheCheck → cached
      build: cached → committed
      build: committed → cacheCheck
      build: cacheCheck → cached
      build: cached → committed
      build: committed → built
      build: built → tagged"
    `);
  });

  test('a failing step ends the build in failed', async () => {
    const t = await tracedSession({ files: { '/home/learner/bad/Dockerfile': 'FROM alpine\nRUN exit 3\n' } });
    expect(await t.run('docker build bad')).not.toBe(0);
    const build = t.lastCommandSteps().filter((s) => s.machine === 'build');
    expect(build.at(-1)?.to).toBe('failed');
  });
});
