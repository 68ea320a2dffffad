/**
 * Conformance: the real docker 28.2.2 client against `dockyard serve`, one learner's
 * session in order (pull, run, ps, logs, exec, stop, rm, tag, push to a local registry,
 * rmi, inspect, df, volumes, networks). Each step asserts what the real client printed
 * and its exit status, then runs the same argv through Dockyard's own CLI against a twin
 * daemon (same seed, same commands) and expects the same output modulo IDs and times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Daemon } from '../../src/engine/daemon/daemon.ts';
import { bothClients, dockerAvailable, noDockerReason, type Bridge, type Outcome, startBridge } from './harness.ts';

if (!dockerAvailable) console.warn(`test/serve: the real-client conformance tests are skipped: ${noDockerReason}`);

describe.skipIf(!dockerAvailable)('the real docker client talking to dockyard serve', () => {
  let bridge: Bridge;
  let twin: Daemon;
  const seen = new Map<string, { real: Outcome; ours: Outcome }>();
  beforeAll(async () => {
    const start = Date.now();
    bridge = await startBridge({ seed: 1, startTime: start });
    twin = new Daemon({ seed: 1, startTime: start });
  });
  afterAll(async () => {
    await bridge.close();
    expect(bridge.logs).toEqual([]);
  });
  const docker = async (...args: string[]) => {
    const both = await bothClients(bridge, twin, args);
    seen.set(args.join(' '), both);
    return both;
  };

  it('docker version fills the Server section from GET /version', async () => {
    const { real, ours } = await docker('version');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Client:\n Version:  28.2.2\n API version:  1.50\n');
    expect(real.stdout).toContain('Server: Dockyard (simulated Docker Engine)\n Engine:\n  Version:  28.2.2\n  API version:  1.50 (minimum version 1.24)\n');
    expect(ours).toEqual(real);
  });

  it('docker info reports the daemon with nothing in it yet', async () => {
    const { real, ours } = await docker('info');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Server:\n Containers: 0\n  Running: 0\n  Paused: 0\n  Stopped: 0\n Images: 0\n Server Version: 28.2.2\n Storage Driver: overlay2\n');
    expect(real.stderr).toBe('');
    expect(ours).toEqual(real);
  });

  it('docker pull alpine prints the non-TTY progress lines, the digest and the canonical reference', async () => {
    const { real, ours } = await docker('pull', 'alpine');
    expect(real).toEqual({
      code: 0,
      stdout: [
        'Using default tag: latest',
        'latest: Pulling from library/alpine',
        '<short-id>: Pulling fs layer',
        '<short-id>: Verifying Checksum',
        '<short-id>: Download complete',
        '<short-id>: Pull complete',
        'Digest: sha256:<digest>',
        'Status: Downloaded newer image for alpine:latest',
        'docker.io/library/alpine:latest',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(ours).toEqual(real);
  });

  it('docker images lists the pulled image', async () => {
    const { real, ours } = await docker('images');
    expect(real).toEqual({ code: 0, stdout: 'REPOSITORY  TAG  IMAGE ID  CREATED  SIZE\nalpine  latest  <short-id>  2 years ago  7.95MB\n', stderr: '' });
    expect(ours).toEqual(real);
  });

  it('docker run --rm alpine echo hello prints hello through the hijacked attach and exits 0', async () => {
    const { real, ours } = await docker('run', '--rm', 'alpine', 'echo', 'hello');
    expect(real).toEqual({ code: 0, stdout: 'hello\n', stderr: '' });
    expect(ours).toEqual(real);
  });

  it("docker run alpine sh -c 'exit 3' exits 3 and prints nothing", async () => {
    const { real, ours } = await docker('run', 'alpine', 'sh', '-c', 'exit 3');
    expect(real).toEqual({ code: 3, stdout: '', stderr: '' });
    expect(ours).toEqual(real);
  });

  it('docker run -d --name web -p 8080:80 nginx pulls on the 404, then prints the full ID', async () => {
    const { real, ours } = await docker('run', '-d', '--name', 'web', '-p', '8080:80', 'nginx');
    expect(real.code).toBe(0);
    expect(real.stdout).toBe('<id>\n');
    expect(real.stderr).toMatch(/^Unable to find image 'nginx:latest' locally\nlatest: Pulling from library\/nginx\n(<short-id>: .+\n)+Digest: sha256:<digest>\nStatus: Downloaded newer image for nginx:latest\n$/);
    expect(ours).toEqual(real);
  });

  it('docker ps shows the running web server with both port bindings', async () => {
    const { real, ours } = await docker('ps');
    const [header, row, ...rest] = real.stdout.split('\n');
    expect(header).toBe('CONTAINER ID  IMAGE  COMMAND  CREATED  STATUS  PORTS  NAMES');
    expect(row).toMatch(/^<short-id> {2}nginx {2}"\/docker-entrypoint\.…" {2}<duration> ago {2}Up <duration> {2}0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp {2}web$/);
    expect(rest).toEqual(['']);
    expect(ours).toEqual(real);
  });

  it('docker logs web demultiplexes the entrypoint (stdout) and nginx notices (stderr)', async () => {
    const { real, ours } = await docker('logs', 'web');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('/docker-entrypoint.sh:');
    expect(real.stderr).toMatch(/\[notice\] \d+#\d+: nginx\/1\.27\.3\n/);
    expect(ours).toEqual(real);
  });

  it('docker exec web ls lists the html directory over a hijacked exec start', async () => {
    const { real, ours } = await docker('exec', 'web', 'ls', '/usr/share/nginx/html');
    expect(real).toEqual({ code: 0, stdout: '50x.html\nindex.html\n', stderr: '' });
    expect(ours).toEqual(real);
  });

  it('docker stop web and docker rm web echo the name', async () => {
    const stop = await docker('stop', 'web');
    expect(stop.real).toEqual({ code: 0, stdout: 'web\n', stderr: '' });
    expect(stop.ours).toEqual(stop.real);
    const rm = await docker('rm', 'web');
    expect(rm.real).toEqual({ code: 0, stdout: 'web\n', stderr: '' });
    expect(rm.ours).toEqual(rm.real);
  });

  it('docker tag, a registry:2 container and docker push put alpine into localhost:5000', async () => {
    const tag = await docker('tag', 'alpine', 'localhost:5000/alpine');
    expect(tag.real).toEqual({ code: 0, stdout: '', stderr: '' });
    const registry = await docker('run', '-d', '-p', '5000:5000', 'registry:2');
    expect(registry.real.code).toBe(0);
    expect(registry.real.stdout).toBe('<id>\n');
    expect(registry.ours).toEqual(registry.real);
    const { real, ours } = await docker('push', 'localhost:5000/alpine');
    expect(real).toEqual({
      code: 0,
      stdout: 'Using default tag: latest\nThe push refers to repository [localhost:5000/alpine]\n<short-id>: Preparing\n<short-id>: Pushed\nlatest: digest: sha256:<digest> size: 526\n',
      stderr: '',
    });
    expect(ours).toEqual(real);
  });

  it('docker rmi untags the pushed name and its digest reference', async () => {
    const { real, ours } = await docker('rmi', 'localhost:5000/alpine');
    expect(real).toEqual({ code: 0, stdout: 'Untagged: localhost:5000/alpine:latest\nUntagged: localhost:5000/alpine@sha256:<digest>\n', stderr: '' });
    expect(ours).toEqual(real);
  });

  it('docker inspect alpine finds the image after the container lookup 404s', async () => {
    const { real, ours } = await docker('inspect', 'alpine');
    expect(real.code).toBe(0);
    const [image] = JSON.parse(real.stdout) as { Id: string; RepoTags: string[]; RootFS: { Type: string } }[];
    expect(image.RepoTags).toEqual(['alpine:latest']);
    expect(image.RootFS.Type).toBe('layers');
    expect(ours).toEqual(real);
  });

  it('docker system df sums images, containers and volumes', async () => {
    const { real, ours } = await docker('system', 'df');
    expect(real.code).toBe(0);
    expect(real.stdout.split('\n').map((line) => line.split('  ').slice(0, 3).join(' | '))).toEqual([
      'TYPE | TOTAL | ACTIVE',
      'Images | 3 | 2',
      'Containers | 2 | 1',
      'Local Volumes | 1 | 1',
      'Build Cache | 0 | 0',
      '',
    ]);
    expect(ours).toEqual(real);
  });

  it('docker volume create and ls show the named and the anonymous volume', async () => {
    const create = await docker('volume', 'create', 'v1');
    expect(create.real).toEqual({ code: 0, stdout: 'v1\n', stderr: '' });
    const { real, ours } = await docker('volume', 'ls');
    expect(real).toEqual({ code: 0, stdout: 'DRIVER  VOLUME NAME\nlocal  <id>\nlocal  v1\n', stderr: '' });
    expect(ours).toEqual(real);
  });

  it('docker network create and ls show the new network beside the predefined ones', async () => {
    const create = await docker('network', 'create', 'n1');
    expect(create.real).toEqual({ code: 0, stdout: '<id>\n', stderr: '' });
    const { real, ours } = await docker('network', 'ls');
    expect(real.stdout).toBe('NETWORK ID  NAME  DRIVER  SCOPE\n<short-id>  bridge  bridge  local\n<short-id>  host  host  local\n<short-id>  n1  bridge  local\n<short-id>  none  null  local\n');
    expect(ours).toEqual(real);
  });

  it('docker history alpine shows the base layer as <missing>', async () => {
    const { real, ours } = await docker('history', 'alpine');
    expect(real.code).toBe(0);
    expect(real.stdout.split('\n').map((line) => line.split('  ').slice(0, 2).join(' | '))).toEqual(['IMAGE | CREATED', '<short-id> | 2 years ago', '<missing> | 2 years ago', '']);
    expect(ours).toEqual(real);
  });

  it('docker ps -a prints the IPv6 binding of an identity mapping as [::]:5000->5000/tcp', async () => {
    const { real } = await docker('ps', '-a');
    expect(real.stdout).toContain('0.0.0.0:5000->5000/tcp, [::]:5000->5000/tcp');
    expect(real.stdout).toMatch(/"sh -c 'exit 3'" {2}<duration> ago {2}Exited \(3\) <duration> ago/);
  });

  // docker/cli joins host and port with net.JoinHostPort, which brackets IPv6.
  it("Dockyard's docker ps -a brackets the IPv6 address of an identity mapping like the real client", () => {
    const { real, ours } = seen.get('ps -a')!;
    expect(ours).toEqual(real);
  });
});
