import { describe, expect, it } from 'vitest';
import { json, session } from './fake-daemon.ts';

const now = Date.UTC(2026, 10, 30, 10, 0, 0);
const sec = (ms: number) => Math.floor(ms / 1000);
const cid = '96b825d83d69' + 'a'.repeat(52);

const webp = {
  Id: cid,
  Names: ['/webp'],
  Image: 'alpine',
  ImageID: 'sha256:' + '8'.repeat(64),
  Command: 'sleep 100',
  Created: sec(now),
  Ports: [
    { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
    { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
    { PrivatePort: 443, Type: 'tcp' },
  ],
  Labels: {},
  State: 'running',
  Status: 'Up 5 seconds',
  NetworkSettings: { Networks: { bridge: {} } },
  Mounts: [],
};

const hello = {
  Id: '318d4c25ddc5' + 'b'.repeat(52),
  Names: ['/hungry_hopper'],
  Image: 'hello-world',
  ImageID: 'sha256:' + '7'.repeat(64),
  Command: '/hello',
  Created: sec(now - 18_000),
  Ports: [],
  Labels: {},
  State: 'exited',
  Status: 'Exited (0) 3 seconds ago',
  SizeRw: 0,
  SizeRootFs: 7_800_000,
};

describe('docker ps', () => {
  it('prints the observed table: grouped ports, quoted command, trailing spaces before an empty last column kept', async () => {
    const s = session([['GET', '/v1.50/containers/json', json(200, [webp])]], { now });
    const r = await s.run('ps');
    expect(r.stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND       CREATED                  STATUS         PORTS                                              NAMES\n' +
        '96b825d83d69   alpine    "sleep 100"   Less than a second ago   Up 5 seconds   443/tcp, 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   webp\n',
    );
    expect(s.daemon.calls()).toEqual(['GET /v1.50/containers/json']);
  });

  it('-a sends all=1; an exited container has an empty PORTS cell', async () => {
    const s = session([['GET', '/v1.50/containers/json', json(200, [hello])]], { now });
    const r = await s.run('ps', '-a');
    expect(r.stdout).toBe(
      'CONTAINER ID   IMAGE         COMMAND    CREATED          STATUS                     PORTS     NAMES\n' +
        '318d4c25ddc5   hello-world   "/hello"   18 seconds ago   Exited (0) 3 seconds ago             hungry_hopper\n',
    );
    expect(s.daemon.calls()).toEqual(['GET /v1.50/containers/json?all=1']);
  });

  it('an empty list prints only the header', async () => {
    const r = await session([['GET', '/v1.50/containers/json', json(200, [])]]).run('ps');
    expect(r.stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });

  it('-q prints 12-hex IDs; --no-trunc the full ones; -l and -n set limit; -s adds SIZE', async () => {
    const s = session([['GET', '/v1.50/containers/json', json(200, [hello])]], { now });
    expect((await s.run('ps', '-aq')).stdout).toBe('318d4c25ddc5\n');
    expect((await s.run('ps', '-q', '--no-trunc')).stdout).toBe(hello.Id + '\n');
    await s.run('ps', '-l');
    await s.run('ps', '-n', '2', '-s', '--filter', 'status=exited');
    expect(s.daemon.calls().slice(2)).toEqual(['GET /v1.50/containers/json?limit=1', 'GET /v1.50/containers/json?limit=2&size=1&filters={"status":{"exited":true}}']);
    expect((await s.run('ps', '-s')).stdout).toContain('hungry_hopper   0B (virtual 7.8MB)\n');
  });

  it('the COMMAND column is cut at 20 columns with an ellipsis, then quoted', async () => {
    const c = { ...hello, Command: 'docker-entrypoint.sh mysqld' };
    const r = await session([['GET', '/v1.50/containers/json', json(200, [c])]], { now }).run('ps', '--format', '{{.Command}}');
    expect(r.stdout).toBe('"docker-entrypoint.s…"\n');
  });

  it('--format with table prefix, custom fields and {{json .}}', async () => {
    const s = session([['GET', '/v1.50/containers/json', json(200, [webp])]], { now });
    expect((await s.run('ps', '--format', 'table {{.Names}}\\t{{.Status}}')).stdout).toBe('NAMES     STATUS\nwebp      Up 5 seconds\n');
    const line = JSON.parse((await s.run('ps', '--format', '{{json .}}')).stdout);
    expect(Object.keys(line)).toEqual(['Command', 'CreatedAt', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Names', 'Networks', 'Ports', 'RunningFor', 'Size', 'State', 'Status']);
    expect(line.CreatedAt).toBe('2026-11-30 10:00:00 +0000 UTC');
    expect((await s.run('ps', '--format', '{{.ID}} {{.State}} {{.Networks}}')).stdout).toBe('96b825d83d69 running bridge\n');
  });
});

const alpine = {
  Id: 'sha256:85bb50361186' + 'c'.repeat(52),
  ParentId: '',
  RepoTags: ['alpine:latest'],
  RepoDigests: ['alpine@sha256:' + 'd'.repeat(64)],
  Created: sec(now - 15 * 86_400_000),
  Size: 8_310_000,
  SharedSize: -1,
  Labels: null,
  Containers: -1,
};
const helloImage = { ...alpine, Id: 'sha256:a7e1cc3ba4e6' + 'e'.repeat(52), RepoTags: ['hello-world:latest'], RepoDigests: [], Size: 10_000 };

describe('docker images', () => {
  it('prints the observed table', async () => {
    const s = session([['GET', '/v1.50/images/json', json(200, [alpine, helloImage])]], { now });
    expect((await s.run('images')).stdout).toBe(
      'REPOSITORY    TAG       IMAGE ID       CREATED       SIZE\n' +
        'alpine        latest    85bb50361186   2 weeks ago   8.31MB\n' +
        'hello-world   latest    a7e1cc3ba4e6   2 weeks ago   10kB\n',
    );
  });

  it('an empty list prints the header only', async () => {
    expect((await session([['GET', '/v1.50/images/json', json(200, [])]]).run('image', 'ls')).stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
  });

  it('one row per tag, <none> for dangling images, N/A for a zero Created', async () => {
    const multi = { ...alpine, RepoTags: ['alpine:latest', 'myuser/alpine:v1'] };
    const dangling = { ...alpine, Id: 'sha256:' + 'f'.repeat(64), RepoTags: [], RepoDigests: [], Created: 0 };
    const r = await session([['GET', '/v1.50/images/json', json(200, [multi, dangling])]], { now }).run('images');
    expect(r.stdout).toBe(
      'REPOSITORY      TAG       IMAGE ID       CREATED       SIZE\n' +
        'alpine          latest    85bb50361186   2 weeks ago   8.31MB\n' +
        'myuser/alpine   v1        85bb50361186   2 weeks ago   8.31MB\n' +
        '<none>          <none>    ffffffffffff   N/A           8.31MB\n',
    );
  });

  it('--digests adds DIGEST, -q prints IDs, -a and REPOSITORY[:TAG] become query parameters', async () => {
    const s = session([['GET', '/v1.50/images/json', json(200, [alpine])]], { now });
    expect((await s.run('images', '--digests')).stdout).toBe(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE\n' +
        `alpine       latest    sha256:${'d'.repeat(64)}   85bb50361186   2 weeks ago   8.31MB\n`,
    );
    expect((await s.run('images', '-q')).stdout).toBe('85bb50361186\n');
    expect((await s.run('images', '-q', '--no-trunc')).stdout).toBe(alpine.Id + '\n');
    await s.run('images', '-a', 'alpine');
    expect(s.daemon.calls().at(-1)).toBe('GET /v1.50/images/json?all=1&filters={"reference":{"alpine":true}}');
  });

  it('{{json .}} has the observed keys', async () => {
    const r = await session([['GET', '/v1.50/images/json', json(200, [alpine])]], { now }).run('images', '--format', 'json');
    const row = JSON.parse(r.stdout);
    expect(Object.keys(row)).toEqual(['Containers', 'CreatedAt', 'CreatedSince', 'Digest', 'ID', 'Repository', 'SharedSize', 'Size', 'Tag', 'UniqueSize', 'VirtualSize']);
    expect(row).toMatchObject({ Containers: 'N/A', SharedSize: 'N/A', UniqueSize: 'N/A', Digest: '<none>' });
  });
});
