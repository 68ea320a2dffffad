import { describe, expect, test } from 'vitest';
import { story, tracedSession, transitions } from './fixtures.ts';

describe('the trace of a container lifecycle', () => {
  test('run -d, pause, unpause, restart, stop, start and rm move one container machine through its states', async () => {
    const t = await tracedSession();
    await t.run('docker pull nginx');
    for (const line of ['docker run -d --name web -p 8080:80 nginx', 'docker pause web', 'docker unpause web', 'docker restart web', 'docker stop web', 'docker start web', 'docker rm -f web']) {
      expect(await t.run(line)).toBe(0);
    }
    const lifecycle = t.recorder.steps.filter((s) => s.machine === 'container');
    expect(transitions(lifecycle)).toMatchInlineSnapshot(`
      "container: idle → created
      container: created → running
      container: running → running
      container: running → paused
      container: paused → running
      container: running → exited
      container: exited → running
      container: running → running
      container: running → exited
      container: exited → running
      container: running → running
      container: running → removed"
    `);
    expect(story(lifecycle)).toMatchInlineSnapshot(`
      "containers | images→containers create | Container web is created from nginx: a thin writable layer on top of the image's read-only layers.
      containers |  | Container web starts: the daemon runs its main process.
      containers |  | Container web writes to its stdout: "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty…"; the daemon passes it to whoever is attached or reading the logs.
      containers |  | Container web is paused: its processes are frozen but keep their memory.
      containers |  | Container web is unpaused and its processes carry on.
      containers |  | The container web exits with code 0.
      containers |  | Container web starts again with the same filesystem.
      containers |  | Container web writes to its stdout: "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty…"; the daemon passes it to whoever is attached or reading the logs.
      containers |  | The container web exits with code 0.
      containers |  | Container web starts again with the same filesystem.
      containers |  | Container web writes to its stdout: "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty…"; the daemon passes it to whoever is attached or reading the logs.
      containers |  | Container web is killed and removed, with its writable layer."
    `);
  });

  test('a container that exits on its own is told with its exit code, and rm removes it', async () => {
    const t = await tracedSession();
    await t.run('docker run --name oops alpine sh -c "exit 3"');
    expect(t.lastCommandSteps().find((s) => s.machine === 'container' && s.to === 'exited')?.sentence).toBe('The container oops exits with code 3.');
    await t.run('docker rm oops');
    expect(story(t.lastCommandSteps().filter((s) => s.machine === 'container'))).toBe('containers |  | Container oops is removed, with its writable layer.');
  });

  test('a restart policy takes the container through restarting until it gives up', async () => {
    const t = await tracedSession();
    await t.run('docker run -d --name flaky --restart on-failure:2 alpine sh -c "exit 1"');
    await t.run('sleep 5');
    const lifecycle = t.recorder.steps.filter((s) => s.machine === 'container');
    expect(lifecycle.map((s) => s.to)).toEqual(['created', 'running', 'exited', 'restarting', 'running', 'exited', 'restarting', 'running', 'exited']);
    expect(lifecycle[3].sentence).toBe('Container flaky is restarting, as its restart policy asks.');
  });

  test('volumes and networks created by a command are handling steps of its request', async () => {
    const t = await tracedSession();
    await t.run('docker volume create data');
    await t.run('docker network create backend');
    const handling = t.recorder.steps.filter((s) => s.to === 'handling');
    expect(story(handling)).toMatchInlineSnapshot(`
      "volumes |  | The daemon creates volume data.
      networks |  | The daemon creates network backend (bridge driver)."
    `);
  });
});
