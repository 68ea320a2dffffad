import { describe, expect, it } from 'vitest';
import { error, frame, json, messages, session, stream } from './fake-daemon.ts';
import type { Route } from './fake-daemon.ts';

const id = 'be9bb02613800631df149a2e1f8f79ae2c208a16a56c569a1785df5984ce1570';

const pullHelloWorld = messages([
  { status: 'Pulling from library/hello-world', id: 'latest' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'e6590344b1a5' },
  { status: 'Downloading', progressDetail: { current: 500, total: 2459 }, progress: '[==>  ]', id: 'e6590344b1a5' },
  { status: 'Verifying Checksum', progressDetail: {}, id: 'e6590344b1a5' },
  { status: 'Download complete', progressDetail: {}, id: 'e6590344b1a5' },
  { status: 'Pull complete', progressDetail: {}, id: 'e6590344b1a5' },
  { status: 'Digest: sha256:' + 'a'.repeat(64) },
  { status: 'Status: Downloaded newer image for hello-world:latest' },
]);

function runRoutes(exit = 0, extra: Route[] = []): Route[] {
  return [
    ...extra,
    ['POST', '/v1.50/containers/create', json(201, { Id: id, Warnings: [] })],
    ['POST', `/v1.50/containers/${id}/attach`, { status: 101, headers: {}, frames: stream([frame(1, '\nHello from Docker!\n'), frame(2, 'oops\n')]) }],
    ['POST', `/v1.50/containers/${id}/wait`, { status: 200, headers: {}, later: Promise.resolve({ StatusCode: exit }) }],
    ['POST', `/v1.50/containers/${id}/start`, { status: 204, headers: {} }],
  ];
}

describe('docker run', () => {
  it('pulls a missing image after a 404 from create, then attach → wait → start, and exits with the status code', async () => {
    const s = session(runRoutes(0, [['POST', '/v1.50/containers/create', error(404, 'No such image: hello-world:latest')], ['POST', '/v1.50/images/create', pullHelloWorld]]));
    const r = await s.run('run', 'hello-world');
    expect(s.daemon.calls()).toEqual([
      'POST /v1.50/containers/create',
      'POST /v1.50/images/create?fromImage=docker.io/library/hello-world&tag=latest',
      'POST /v1.50/containers/create',
      `POST /v1.50/containers/${id}/attach?stderr=1&stdout=1&stream=1`,
      `POST /v1.50/containers/${id}/wait?condition=next-exit`,
      `POST /v1.50/containers/${id}/start`,
    ]);
    expect(s.daemon.requests[0]).toEqual({ method: 'HEAD', path: '/_ping' });
    expect(s.daemon.requests[2].headers).toEqual({ 'x-registry-auth': 'e30=' });
    expect(r.stderr).toBe(
      [
        "Unable to find image 'hello-world:latest' locally",
        'latest: Pulling from library/hello-world',
        'e6590344b1a5: Pulling fs layer',
        'e6590344b1a5: Verifying Checksum',
        'e6590344b1a5: Download complete',
        'e6590344b1a5: Pull complete',
        'Digest: sha256:' + 'a'.repeat(64),
        'Status: Downloaded newer image for hello-world:latest',
        'oops',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toBe('\nHello from Docker!\n');
    expect(r.code).toBe(0);
  });

  it('the create body merges Config, HostConfig and NetworkingConfig as the real client builds it', async () => {
    const s = session(runRoutes());
    await s.run('run', '--rm', '--name', 'web', '-e', 'A=1', '-p', '8080:80', '-v', '/data', '-w', '/app', '-u', 'nobody', '-h', 'box', '-l', 'tier=web', '--restart', 'on-failure:3', 'alpine', 'echo', 'hi');
    const create = s.daemon.requests.find((r) => r.path === '/v1.50/containers/create');
    expect(create?.query).toEqual({ name: 'web' });
    const body = create?.body as Record<string, unknown>;
    expect(Object.keys(body).slice(0, 8)).toEqual(['Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty']);
    expect(body).toMatchObject({
      Hostname: 'box',
      User: 'nobody',
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      ExposedPorts: { '80/tcp': {} },
      Env: ['A=1'],
      Cmd: ['echo', 'hi'],
      Image: 'alpine',
      Volumes: { '/data': {} },
      WorkingDir: '/app',
      Entrypoint: null,
      Labels: { tier: 'web' },
    });
    expect(body.HostConfig).toMatchObject({
      NetworkMode: 'default',
      PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] },
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
      AutoRemove: true,
    });
    expect(Object.keys((body.NetworkingConfig as { EndpointsConfig: object }).EndpointsConfig)).toEqual(['default']);
    expect(s.daemon.calls()).toContain(`POST /v1.50/containers/${id}/wait?condition=removed`);
  });

  it('-d prints the full ID, sends wait before start and does not attach', async () => {
    const s = session(runRoutes());
    const r = await s.run('run', '-d', 'alpine', 'sleep', '100');
    expect(r).toEqual({ code: 0, stdout: id + '\n', stderr: '' });
    expect(s.daemon.calls()).toEqual(['POST /v1.50/containers/create', `POST /v1.50/containers/${id}/wait?condition=next-exit`, `POST /v1.50/containers/${id}/start`]);
  });

  it('-it attaches stdin and the container output is raw (no demultiplexing)', async () => {
    const s = session(runRoutes(), { stdin: 'ls\n' });
    await s.run('run', '-it', 'alpine', 'sh');
    const body = s.daemon.requests.find((r) => r.path === '/v1.50/containers/create')?.body as Record<string, unknown>;
    expect(body).toMatchObject({ AttachStdin: true, Tty: true, OpenStdin: true, StdinOnce: true });
    expect(s.daemon.calls()).toContain(`POST /v1.50/containers/${id}/attach?stderr=1&stdin=1&stdout=1&stream=1`);
  });

  it('exits with the container status code and prints nothing more', async () => {
    const r = await session(runRoutes(3)).run('run', 'alpine', 'sh', '-c', 'exit 3');
    expect(r.code).toBe(3);
  });

  it('a name conflict is a docker error: docker: … + help hint, 125', async () => {
    const msg = `Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;
    const r = await session([['POST', '/v1.50/containers/create', error(409, msg)]]).run('run', '--name', 'web', 'alpine');
    expect(r).toEqual({ code: 125, stdout: '', stderr: `docker: Error response from daemon: ${msg}\n\nRun 'docker run --help' for more information\n` });
  });

  it('start errors map to 127 (not found) and 126 (permission denied)', async () => {
    const notFound =
      'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nosuchcmd": executable file not found in $PATH: unknown';
    const routes = runRoutes();
    routes[3] = ['POST', `/v1.50/containers/${id}/start`, error(400, notFound)];
    const r = await session(routes).run('run', 'alpine', 'nosuchcmd');
    expect(r.code).toBe(127);
    expect(r.stderr).toBe(`docker: Error response from daemon: ${notFound}\n\nRun 'docker run --help' for more information\n`);
    const denied = [...runRoutes()];
    denied[3] = ['POST', `/v1.50/containers/${id}/start`, error(400, 'exec: "/app.sh": permission denied: unknown')];
    expect((await session(denied).run('run', 'alpine', '/app.sh')).code).toBe(126);
  });

  it('a pull failure after the 404 is reported as a docker error', async () => {
    const denied = "pull access denied for nonexistent, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
    const r = await session([
      ['POST', '/v1.50/containers/create', error(404, 'No such image: nonexistent:latest')],
      ['POST', '/v1.50/images/create', error(404, denied)],
    ]).run('run', 'nonexistent');
    expect(r).toEqual({
      code: 125,
      stdout: '',
      stderr: `Unable to find image 'nonexistent:latest' locally\ndocker: Error response from daemon: ${denied}\n\nRun 'docker run --help' for more information\n`,
    });
  });

  it('client-side validation: invalid hostPort and invalid reference format, before any request', async () => {
    const s = session();
    expect(await s.run('run', '-p', '99999:80', 'alpine')).toEqual({
      code: 125,
      stdout: '',
      stderr: "docker: invalid hostPort: 99999\n\nRun 'docker run --help' for more information\n",
    });
    expect((await s.run('run', 'Alpine:latest')).stderr).toBe(
      "docker: invalid reference format: repository name (library/Alpine) must be lowercase\n\nRun 'docker run --help' for more information\n",
    );
    expect(s.daemon.calls()).toEqual([]);
  });

  it('docker create prints the full ID after pulling on 404', async () => {
    const s = session([
      ['POST', '/v1.50/containers/create', error(404, 'No such image: alpine:latest')],
      ['POST', '/v1.50/images/create', messages([{ status: 'Status: Downloaded newer image for alpine:latest' }])],
      ['POST', '/v1.50/containers/create', json(201, { Id: id, Warnings: ['Your kernel does not support swap'] })],
    ]);
    const r = await s.run('create', '--name', 'c1', 'alpine', 'echo', 'hi');
    expect(r.stdout).toBe(id + '\n');
    expect(r.stderr).toBe("Unable to find image 'alpine:latest' locally\nStatus: Downloaded newer image for alpine:latest\nWARNING: Your kernel does not support swap\n");
  });
});
