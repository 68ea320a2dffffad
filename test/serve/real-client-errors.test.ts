/**
 * Conformance of the error paths: the real docker client's messages and exit statuses
 * when the daemon says no (404 no such container/image, 409 name conflict and running
 * container, pull access denied) or the client refuses first (invalid references), each
 * compared with Dockyard's own CLI against a twin daemon.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Daemon } from '../../src/engine/daemon/daemon.ts';
import { bothClients, dockerAvailable, type Bridge, type Outcome, startBridge } from './harness.ts';

describe.skipIf(!dockerAvailable)('the real docker client on the error paths of dockyard serve', () => {
  let bridge: Bridge;
  let twin: Daemon;
  const seen = new Map<string, { real: Outcome; ours: Outcome }>();
  beforeAll(async () => {
    const start = Date.now();
    bridge = await startBridge({ seed: 7, startTime: start });
    twin = new Daemon({ seed: 7, startTime: start });
  });
  afterAll(() => bridge.close());
  const docker = async (...args: string[]) => {
    const both = await bothClients(bridge, twin, args);
    seen.set(args.join(' '), both);
    return both;
  };
  const daemonSays = (message: string) => `Error response from daemon: ${message}\n`;

  it('a missing container is a 404 the client prints and exits 1 on (logs, stop, exec)', async () => {
    for (const args of [['logs', 'nosuch'], ['stop', 'nosuch'], ['exec', 'nosuch', 'ls']]) {
      const { real, ours } = await docker(...args);
      expect(real).toEqual({ code: 1, stdout: '', stderr: daemonSays('No such container: nosuch') });
      expect(ours).toEqual(real);
    }
  });

  it('docker inspect of an unknown name prints [] and "No such object" after trying every type', async () => {
    const { real, ours } = await docker('inspect', 'nosuch');
    expect(real).toEqual({ code: 1, stdout: '[]\n', stderr: 'Error: No such object: nosuch\n' });
    expect(ours).toEqual(real);
  });

  it('docker rmi of an unknown image names the normalised reference', async () => {
    const { real, ours } = await docker('rmi', 'nosuch');
    expect(real).toEqual({ code: 1, stdout: '', stderr: daemonSays('No such image: nosuch:latest') });
    expect(ours).toEqual(real);
  });

  it('a second container with the same name is a 409 conflict: docker run exits 125', async () => {
    const first = await docker('run', '-d', '--name', 'dup', 'alpine', 'sleep', '100');
    expect(first.real.code).toBe(0);
    const { real, ours } = await docker('run', '-d', '--name', 'dup', 'alpine', 'sleep', '100');
    expect(real).toEqual({
      code: 125,
      stdout: '',
      stderr:
        'docker: Error response from daemon: Conflict. The container name "/dup" is already in use by container "<id>". You have to remove (or rename) that container to be able to reuse that name.\n\nRun \'docker run --help\' for more information\n',
    });
    expect(ours).toEqual(real);
  });

  it('docker rm of a running container is refused with a 409', async () => {
    const { real, ours } = await docker('rm', 'dup');
    expect(real).toEqual({ code: 1, stdout: '', stderr: daemonSays('cannot remove container "dup": container is running: stop the container before removing or force remove') });
    expect(ours).toEqual(real);
  });

  it('docker stop -t 1 waits one real second for a shell that ignores SIGTERM, then kills it', async () => {
    const started = performance.now();
    const { real, ours } = await docker('stop', '-t', '1', 'dup');
    expect(performance.now() - started).toBeGreaterThan(900);
    expect(real).toEqual({ code: 0, stdout: 'dup\n', stderr: '' });
    expect(ours).toEqual(real);
  });

  it('an uppercase repository is an invalid reference the client rejects before any request', async () => {
    const pull = await docker('pull', 'Alpine');
    expect(pull.real).toEqual({ code: 1, stdout: '', stderr: 'invalid reference format: repository name (library/Alpine) must be lowercase\n' });
    expect(pull.ours).toEqual(pull.real);
    const run = await docker('run', 'INVALID:ref');
    expect(run.real).toEqual({ code: 125, stdout: '', stderr: "docker: invalid reference format: repository name (library/INVALID) must be lowercase\n\nRun 'docker run --help' for more information\n" });
    expect(run.ours).toEqual(run.real);
  });

  it('docker pull of a repository the Hub does not have is "pull access denied"', async () => {
    const { real, ours } = await docker('pull', 'nonexistent');
    expect(real).toEqual({
      code: 1,
      stdout: 'Using default tag: latest\n',
      stderr: daemonSays("pull access denied for nonexistent, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"),
    });
    expect(ours).toEqual(real);
  });

  it('docker tag to a reference with a space fails in the client with "Error parsing reference"', async () => {
    const { real } = await docker('tag', 'alpine', 'bad ref');
    expect(real).toEqual({ code: 1, stdout: '', stderr: 'Error parsing reference: "bad ref" is not a valid repository/tag: invalid reference format\n' });
  });

  it("Dockyard's docker tag words an unparsable target like the real client", () => {
    const { real, ours } = seen.get('tag alpine bad ref')!;
    expect(ours).toEqual(real);
  });
});
