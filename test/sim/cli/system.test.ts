import { describe, expect, it } from 'vitest';
import { error, json, messages, session, stream } from './fake-daemon.ts';

const versionBody = {
  Platform: { Name: 'Docker Engine - Community' },
  Components: [
    {
      Name: 'Engine',
      Version: '28.2.2',
      Details: { ApiVersion: '1.50', Arch: 'amd64', BuildTime: '2025-05-30T12:07:26.000000000+00:00', Experimental: 'false', GitCommit: '45873be', GoVersion: 'go1.24.3', KernelVersion: '6.8.0', MinAPIVersion: '1.24', Os: 'linux' },
    },
    { Name: 'containerd', Version: '1.7.27', Details: { GitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' } },
  ],
};

describe('docker version and info', () => {
  it('version prints the static client section and the server section from GET /version', async () => {
    const s = session([['GET', '/v1.50/version', json(200, versionBody)]]);
    const r = await s.run('version');
    expect(r.stdout).toBe(
      [
        'Client:',
        ' Version:           28.2.2',
        ' API version:       1.50',
        ' Go version:        go1.24.3',
        ' Git commit:        e6534b4',
        ' Built:             Fri May 30 12:07:14 2025',
        ' OS/Arch:           linux/amd64',
        ' Context:           default',
        '',
        'Server: Docker Engine - Community',
        ' Engine:',
        '  Version:          28.2.2',
        '  API version:      1.50 (minimum version 1.24)',
        '  Go version:       go1.24.3',
        '  Git commit:       45873be',
        '  Built:            Fri May 30 12:07:26 2025',
        '  OS/Arch:          linux/amd64',
        '  Experimental:     false',
        ' containerd:',
        '  Version:          1.7.27',
        '  GitCommit:        05044ec0a9a75232cad458027ca83437aae3f4da',
        '',
      ].join('\n'),
    );
    expect(s.daemon.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['HEAD /_ping', 'GET /v1.50/version']);
  });

  it('an older daemon Api-Version downgrades the path; no header falls back to 1.24; DOCKER_API_VERSION pins', async () => {
    const old = session([['HEAD', '/_ping', { status: 200, headers: { 'Api-Version': '1.43' } }], ['GET', /version$/, json(200, versionBody)]]);
    await old.run('version');
    expect(old.daemon.requests[1].path).toBe('/v1.43/version');
    const none = session([['HEAD', '/_ping', { status: 200, headers: {} }], ['GET', /version$/, json(200, versionBody)]]);
    await none.run('version');
    expect(none.daemon.requests[1].path).toBe('/v1.24/version');
    const pinned = session([['GET', /version$/, json(200, versionBody)]], { env: { DOCKER_API_VERSION: '1.45' } });
    await pinned.run('version');
    expect(pinned.daemon.requests.map((q) => q.path)).toEqual(['/_ping', '/v1.45/version']);
  });

  it('info prints the server section from GET /info and warnings on stderr', async () => {
    const s = session([
      [
        'GET',
        '/v1.50/info',
        json(200, {
          Containers: 1, ContainersRunning: 0, ContainersPaused: 0, ContainersStopped: 1, Images: 2, ServerVersion: '28.2.2', Driver: 'overlay2',
          DriverStatus: [['Backing Filesystem', 'extfs']], LoggingDriver: 'json-file', CgroupDriver: 'systemd', CgroupVersion: '2',
          Plugins: { Volume: ['local'], Network: ['bridge', 'host'], Log: ['json-file'] }, Swarm: { LocalNodeState: 'inactive' },
          Runtimes: { runc: {} }, DefaultRuntime: 'runc', InitBinary: 'docker-init', ContainerdCommit: { ID: 'abc' }, RuncCommit: { ID: 'v1' }, InitCommit: { ID: 'de40ad0' },
          SecurityOptions: ['name=seccomp,profile=builtin'], KernelVersion: '6.8.0', OperatingSystem: 'Dockyard', OSType: 'linux', Architecture: 'x86_64',
          NCPU: 4, MemTotal: 16 * 1024 ** 3, Name: 'dockyard', ID: 'id', DockerRootDir: '/var/lib/docker', Debug: false, ExperimentalBuild: false,
          RegistryConfig: { InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'] }, LiveRestoreEnabled: false, Warnings: ['WARNING: bridge-nf-call-iptables is disabled'],
        }),
      ],
    ]);
    const r = await s.run('info');
    expect(r.stdout).toContain('Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\nServer:\n Containers: 1\n  Running: 0\n  Paused: 0\n  Stopped: 1\n Images: 2\n');
    expect(r.stdout).toContain(' Security Options:\n  seccomp\n   Profile: builtin\n');
    expect(r.stdout).toContain(' Total Memory: 16GiB\n');
    expect(r.stdout).toMatch(/ Insecure Registries:\n {2}::1\/128\n {2}127\.0\.0\.0\/8\n Live Restore Enabled: false\n\n$/);
    expect(r.stderr).toBe('WARNING: bridge-nf-call-iptables is disabled\n');
  });
});

describe('docker events', () => {
  it('renders each event with a 9-digit fraction and sorted attributes', async () => {
    const t = Date.UTC(2026, 10, 30, 10, 4, 5);
    const s = session([
      [
        'GET',
        '/v1.50/events',
        messages([{ Type: 'container', Action: 'create', Actor: { ID: 'abc', Attributes: { name: 'web', image: 'alpine' } }, scope: 'local', time: t / 1000, timeNano: t * 1e6 }]),
      ],
    ]);
    const r = await s.run('events', '--since', '1h', '--until', '0', '--filter', 'type=container');
    expect(r.stdout).toBe('2026-11-30T10:04:05.000000000Z container create abc (image=alpine, name=web)\n');
    expect(s.daemon.requests[1].query).toEqual({ filters: '{"type":{"container":true}}', since: `${Date.UTC(2026, 10, 30, 9, 0, 0) / 1000}.000000000`, until: '0' });
  });

  it('--format runs the template per event', async () => {
    const s = session([['GET', '/v1.50/events', { status: 200, headers: {}, messages: stream([{ Type: 'image', Action: 'pull', Actor: { ID: 'alpine:latest', Attributes: {} } }]) }]]);
    expect((await s.run('events', '--format', '{{.Type}} {{.Action}}')).stdout).toBe('image pull\n');
  });
});

describe('docker login and logout', () => {
  it('login --password-stdin posts /auth, writes config.json, warns on stderr, prints Login Succeeded', async () => {
    const s = session([['POST', '/v1.50/auth', json(200, { Status: 'Login Succeeded', IdentityToken: '' })]], { stdin: 'secret\n' });
    const r = await s.run('login', '-u', 'bob', '--password-stdin');
    expect(r).toEqual({
      code: 0,
      stdout: 'Login Succeeded\n',
      stderr: "\nWARNING! Your credentials are stored unencrypted in '/root/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n",
    });
    expect(s.daemon.requests[1].body).toEqual({ username: 'bob', password: 'secret', serveraddress: 'https://index.docker.io/v1/' });
    expect(JSON.parse(s.files.get('/root/.docker/config.json') ?? '')).toEqual({ auths: { 'https://index.docker.io/v1/': { auth: 'Ym9iOnNlY3JldA==' } } });
    expect(s.files.get('/root/.docker/config.json')).toContain('\n\t"auths"');
  });

  it('the warning is printed only when the stored entry changes; DOCKER_CONFIG moves the file', async () => {
    const s = session([['POST', '/v1.50/auth', json(200, { Status: 'Login Succeeded' })]], { env: { DOCKER_CONFIG: '/cfg' } });
    expect((await s.run('login', '-u', 'bob', '-p', 'pw', 'myregistry.local:5000')).stderr).toMatch(/^WARNING! Using --password via the CLI is insecure\. Use --password-stdin\.\n\nWARNING! Your credentials are stored unencrypted in '\/cfg\/config\.json'/);
    expect((await s.run('login', '-u', 'bob', '-p', 'pw', 'myregistry.local:5000')).stderr).toBe('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  });

  it('login errors: --password-stdin needs -u; a rejected login is a daemon error', async () => {
    expect((await session().run('login', '--password-stdin')).stderr).toBe('Must provide --username with --password-stdin\n');
    const s = session([['POST', '/v1.50/auth', error(401, 'Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password')]]);
    expect(await s.run('login', '-u', 'bob', '-p', 'x')).toMatchObject({ code: 1, stdout: '' });
  });

  it('logout removes the entry and makes no daemon request', async () => {
    const files = { '/root/.docker/config.json': JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: 'eA==' } } }) };
    const s = session([], { files });
    expect(await s.run('logout')).toEqual({ code: 0, stdout: 'Removing login credentials for https://index.docker.io/v1/\n', stderr: '' });
    expect(JSON.parse(s.files.get('/root/.docker/config.json') ?? '')).toEqual({ auths: {} });
    expect(s.daemon.requests).toEqual([]);
  });
});

describe('docker build (classic builder)', () => {
  it('with buildx installed, DOCKER_BUILDKIT=1 or unset builds with BuildKit, without the legacy notice; without a context hook it says so', async () => {
    for (const env of [{ DOCKER_BUILDKIT: '1' }, {}] as Record<string, string>[]) {
      expect(await session([], { env }).run('build', '.')).toEqual({ code: 1, stdout: '', stderr: 'docker build is not wired to a build context yet\n' });
    }
  });

  it('sends the tar with the classic query and prints the stream; a RUN failure exits with its code', async () => {
    const s = session(
      [
        [
          'POST',
          '/v1.50/build',
          messages([
            { stream: 'Step 1/2 : FROM alpine\n' },
            { stream: ' ---> 85bb50361186\n' },
            { stream: 'Step 2/2 : RUN exit 3\n' },
            { stream: ' ---> Running in 0123456789ab\n' },
            { errorDetail: { code: 3, message: "The command '/bin/sh -c exit 3' returned a non-zero code: 3" }, error: 'x' },
          ]),
        ],
      ],
      { env: { DOCKER_BUILDKIT: '0' } },
    );
    s.io.buildContext = async () => new Uint8Array(4096);
    const r = await s.run('build', '-t', 'myimg', '-t', 'myimg:v1', '--build-arg', 'FOO=bar', '--no-cache', '.');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('Sending build context to Docker daemon  4.096kB\r\r\nStep 1/2 : FROM alpine\n ---> 85bb50361186\nStep 2/2 : RUN exit 3\n ---> Running in 0123456789ab\n');
    expect(r.stderr).toMatch(/^DEPRECATED: The legacy builder is deprecated and will be removed in a future release\.\n {12}BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n {12}environment-variable\.\n\nThe command '\/bin\/sh -c exit 3' returned a non-zero code: 3\n$/);
    const req = s.daemon.requests[1];
    expect(req.query).toMatchObject({ t: ['myimg', 'myimg:v1'], dockerfile: 'Dockerfile', version: '1', buildargs: '{"FOO":"bar"}', nocache: '1', rm: '1' });
    expect(req.headers).toEqual({ 'content-type': 'application/x-tar', 'x-registry-config': 'e30=' });
    expect(req.body).toBeInstanceOf(Uint8Array);
  });

  it('an invalid -t is a flag error (125) before any request', async () => {
    const r = await session().run('build', '-t', 'Bad', '.');
    expect(r.code).toBe(125);
    expect(r.stderr).toContain('invalid argument "Bad" for "-t, --tag" flag: invalid reference format: repository name (library/Bad) must be lowercase\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n');
  });
});

describe('system df, networks and volumes', () => {
  it('system df summarizes images, containers, volumes and build cache', async () => {
    const s = session([
      [
        'GET',
        '/v1.50/system/df',
        json(200, {
          LayersSize: 8_310_000,
          Images: [{ Id: 'sha256:' + '8'.repeat(64), RepoTags: ['alpine:latest'], Size: 8_310_000, SharedSize: 0, Containers: 1, Created: 1 }],
          Containers: [{ Id: 'a'.repeat(64), State: 'exited', SizeRw: 0 }],
          Volumes: [{ Name: 'myvol', UsageData: { Size: 0, RefCount: 0 } }],
          BuildCache: [],
        }),
      ],
    ]);
    expect((await s.run('system', 'df')).stdout).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          1         1         8.31MB    0B (0%)\n' +
        'Containers      1         0         0B        0B\n' +
        'Local Volumes   1         0         0B        0B\n' +
        'Build Cache     0         0         0B        0B\n',
    );
    const v = await s.run('system', 'df', '-v');
    expect(v.stdout).toContain('Local Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\nmyvol         0         0B\n\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n');
  });

  it('network ls sorts by name; network create posts the real body shape and prints the ID', async () => {
    const nets = [
      { Name: 'none', Id: '140bedbf9c3f' + '0'.repeat(52), Driver: 'null', Scope: 'local' },
      { Name: 'bridge', Id: '17f29b073143' + '0'.repeat(52), Driver: 'bridge', Scope: 'local' },
      { Name: 'host', Id: '4740ae6347b0' + '0'.repeat(52), Driver: 'host', Scope: 'local' },
    ];
    const s = session([
      ['GET', '/v1.50/networks', json(200, nets)],
      ['POST', '/v1.50/networks/create', json(201, { Id: 'f'.repeat(64), Warning: '' })],
    ]);
    expect((await s.run('network', 'ls')).stdout).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n17f29b073143   bridge    bridge    local\n4740ae6347b0   host      host      local\n140bedbf9c3f   none      null      local\n',
    );
    expect((await s.run('network', 'create', 'mynet')).stdout).toBe('f'.repeat(64) + '\n');
    expect(JSON.stringify(s.daemon.requests.at(-1)?.body)).toBe(
      '{"Driver":"bridge","Scope":"","IPAM":{"Driver":"default","Options":{},"Config":[]},"Internal":false,"Attachable":false,"Ingress":false,"ConfigOnly":false,"ConfigFrom":null,"Options":{},"Labels":{},"Name":"mynet"}',
    );
  });

  it('volume create prints the name; volume ls sorts naturally', async () => {
    const s = session([
      ['POST', '/v1.50/volumes/create', json(201, { Name: 'myvol', Driver: 'local' })],
      ['GET', '/v1.50/volumes', json(200, { Volumes: [{ Name: 'vol10', Driver: 'local' }, { Name: 'vol2', Driver: 'local' }], Warnings: null })],
    ]);
    expect((await s.run('volume', 'create', 'myvol')).stdout).toBe('myvol\n');
    expect(s.daemon.requests[1].body).toEqual({ Driver: 'local', Name: 'myvol' });
    expect((await s.run('volume', 'ls')).stdout).toBe('DRIVER    VOLUME NAME\nlocal     vol2\nlocal     vol10\n');
  });

  it('network rm, connect and volume rm follow the same patterns', async () => {
    const s = session([
      ['DELETE', '/v1.50/networks/mynet', { status: 204, headers: {} }],
      ['POST', '/v1.50/networks/mynet/connect', { status: 200, headers: {} }],
      ['DELETE', '/v1.50/volumes/myvol', error(409, 'remove myvol: volume is in use - [abc]')],
    ]);
    expect((await s.run('network', 'rm', 'mynet')).stdout).toBe('mynet\n');
    expect(await s.run('network', 'connect', 'mynet', 'web')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(s.daemon.requests.at(-1)?.body).toMatchObject({ Container: 'web' });
    expect(await s.run('volume', 'rm', 'myvol')).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: remove myvol: volume is in use - [abc]\n' });
  });
});
