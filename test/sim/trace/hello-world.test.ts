import { describe, expect, test } from 'vitest';
import { story, tracedSession } from './fixtures.ts';

describe('the trace of docker run hello-world', () => {
  test('a fresh session tells the whole flow: client, daemon, registry, images, container', async () => {
    const t = await tracedSession();
    expect(await t.run('docker run hello-world')).toBe(0);
    expect(story(t.lastCommandSteps())).toMatchInlineSnapshot(`
      "client |  | You type \`docker run hello-world\`; the docker CLI parses it into an API call.
      daemon | client→daemon HEAD /_ping | The CLI checks that the daemon is there and which API version it speaks.
      client | daemon→client 200 OK | The daemon answers 200 OK: it is ready.
      client |  | The CLI turns the command into Engine API calls, starting with POST /containers/create.
      daemon | client→daemon POST /containers/create | The CLI asks the daemon to create a container from hello-world.
      client | daemon→client 404 Not Found | The daemon answers 404 Not Found: No such image: hello-world:latest.
      daemon | client→daemon POST /images/create | The CLI asks the daemon to pull hello-world:latest.
      daemon | daemon→registry GET manifest hello-world:latest | The daemon does not have hello-world:latest, so it asks Docker Hub for the manifest.
      registry | registry→daemon manifest | Docker Hub sends the manifest of hello-world:latest (cac9a888fb32): the list of layers that make up the image.
      client | daemon→client 200 OK | The daemon answers 200 OK and keeps the connection open to stream progress.
      client |  | The daemon answers POST /images/create with a stream, and the CLI prints it as it arrives.
      registry | registry→images layer abc0787d657d | Layer abc0787d657d (10.1kB) is downloaded from Docker Hub.
      images |  | Layer e57f9dade715 (10.1kB) is unpacked into the local layer store.
      images |  | The image fa88e03fcf5c is stored and tagged hello-world:latest.
      images |  | The pull of hello-world:latest is complete: 1 layer downloaded.
      client |  | The CLI moves on to its next call, POST /containers/create.
      daemon | client→daemon POST /containers/create | The CLI asks the daemon to create a container from hello-world.
      containers | images→containers create | Container reverent_chatelet is created from hello-world: a thin writable layer on top of the image's read-only layers.
      client | daemon→client 201 Created | The daemon answers 201 Created with the new ID e8b4e54650cd.
      daemon | client→daemon POST /containers/e8b4e54650cd/attach | The CLI attaches to container e8b4e54650cd to receive its output.
      client | daemon→client 200 OK | The daemon answers 200 OK and keeps the connection open for the container's output.
      client |  | The daemon answers POST /containers/e8b4e54650cd/attach with a stream, and the CLI prints it as it arrives.
      client |  | The CLI moves on to its next call, POST /containers/e8b4e54650cd/wait.
      daemon | client→daemon POST /containers/e8b4e54650cd/wait | The CLI asks the daemon to tell it when container e8b4e54650cd exits.
      client | daemon→client 200 OK | The daemon answers 200 OK; the exit code will follow when the container stops.
      daemon | client→daemon POST /containers/e8b4e54650cd/start | The CLI asks the daemon to start container e8b4e54650cd.
      containers |  | Container reverent_chatelet starts: the daemon runs its main process.
      containers |  | Container reverent_chatelet writes to its stdout: "Hello from Docker!"; the daemon passes it to whoever is attached or reading the logs.
      client | daemon→client 204 No Content | The daemon answers 204 No Content.
      containers |  | The container reverent_chatelet exits with code 0.
      client |  | The command finishes with exit code 0."
    `);
  });
});

describe('the trace of a pull', () => {
  test('pulling an image that is up to date says every layer exists and downloads nothing', async () => {
    const t = await tracedSession();
    await t.run('docker pull hello-world');
    await t.run('docker pull hello-world');
    expect(story(t.lastCommandSteps().filter((s) => s.machine === 'pull'))).toMatchInlineSnapshot(`
      "daemon | daemon→registry GET manifest hello-world:latest | The daemon already has hello-world:latest, but it asks Docker Hub for the manifest to check for a newer version.
      registry | registry→daemon manifest | Docker Hub sends the manifest of hello-world:latest (cac9a888fb32): the list of layers that make up the image.
      images |  | hello-world:latest is already up to date: every layer exists locally, so nothing is downloaded."
    `);
  });

  test('a layer shared with an image already pulled is not downloaded again', async () => {
    const t = await tracedSession();
    await t.run('docker pull node:20');
    await t.run('docker pull node:18');
    const pull = t.lastCommandSteps().filter((s) => s.machine === 'pull');
    expect(pull.filter((s) => /already exists/.test(s.sentence)).length).toBeGreaterThan(0);
    expect(story(pull.slice(0, 4))).toMatchInlineSnapshot(`
      "daemon | daemon→registry GET manifest node:18 | The daemon does not have node:18, so it asks Docker Hub for the manifest.
      registry | registry→daemon manifest | Docker Hub sends the manifest of node:18 (4ef112818161): the list of layers that make up the image.
      images |  | Layer 77512b76dfce already exists locally, so it is not downloaded again.
      images |  | Layer 52cf2fb82b7b already exists locally, so it is not downloaded again."
    `);
  });

  test('a pull of an image the registry does not have ends in failed', async () => {
    const t = await tracedSession();
    expect(await t.run('docker pull nosuchimage')).toBe(1);
    expect(transitionsOf(t.lastCommandSteps(), 'pull')).toEqual(['idle → resolving', 'resolving → failed']);
    expect(t.lastCommandSteps().at(-1)?.sentence).toBe('The command fails with exit code 1.');
  });
});

function transitionsOf(steps: { machine: string; from: string; to: string }[], machine: string): string[] {
  return steps.filter((s) => s.machine === machine).map((s) => `${s.from} → ${s.to}`);
}
