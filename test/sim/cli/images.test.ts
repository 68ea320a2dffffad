import { describe, expect, it } from 'vitest';
import { error, json, messages, session } from './fake-daemon.ts';

const layer = '0fb9fb8fe2d7';
const digest = 'sha256:70749abef0b4ab7cda7f5e10ce6c62868ce3cb8a66f7f70cd9c7f938802986bb';
const pullStream = () =>
  messages([
    { status: 'Pulling from library/alpine', id: 'latest' },
    { status: 'Pulling fs layer', progressDetail: {}, id: layer },
    { status: 'Downloading', progressDetail: { current: 1_200_000, total: 3_400_000 }, progress: '[==>  ]', id: layer },
    { status: 'Verifying Checksum', progressDetail: {}, id: layer },
    { status: 'Download complete', progressDetail: {}, id: layer },
    { status: 'Extracting', progressDetail: { current: 3_400_000, total: 3_400_000 }, id: layer },
    { status: 'Pull complete', progressDetail: {}, id: layer },
    { status: `Digest: ${digest}` },
    { status: 'Status: Downloaded newer image for alpine:latest' },
  ]);

describe('docker pull', () => {
  it('non-TTY: Using default tag, progress lines without bars, the canonical reference last', async () => {
    const s = session([['POST', '/v1.50/images/create', pullStream()]]);
    const r = await s.run('pull', 'alpine');
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Using default tag: latest',
        'latest: Pulling from library/alpine',
        `${layer}: Pulling fs layer`,
        `${layer}: Verifying Checksum`,
        `${layer}: Download complete`,
        `${layer}: Pull complete`,
        `Digest: ${digest}`,
        'Status: Downloaded newer image for alpine:latest',
        'docker.io/library/alpine:latest',
        '',
      ].join('\n'),
    });
    expect(s.daemon.calls()).toEqual(['POST /v1.50/images/create?fromImage=docker.io/library/alpine&tag=latest']);
    expect(s.daemon.requests[1].headers).toEqual({ 'x-registry-auth': 'e30=' });
  });

  it('TTY: each layer line is rewritten in place, leaving the trailing space of `Pull complete `', async () => {
    const r = await session([['POST', '/v1.50/images/create', pullStream()]], { isTTY: true }).run('pull', 'alpine:latest');
    expect(r.stdout.startsWith('latest: Pulling from library/alpine\n')).toBe(true);
    expect(r.stdout).toContain(`\n\x1b[1A\x1b[2K\r${layer}: Pulling fs layer \r\x1b[1B`);
    expect(r.stdout).toContain(`\x1b[1A\x1b[2K\r${layer}: Downloading    1.2MB/3.4MB\r\x1b[1B`);
    expect(r.stdout).toContain(`\x1b[1A\x1b[2K\r${layer}: Pull complete \r\x1b[1B`);
    expect(r.stdout.endsWith('Status: Downloaded newer image for alpine:latest\ndocker.io/library/alpine:latest\n')).toBe(true);
  });

  it('-q prints only the reference; a tag or digest suppresses the default-tag line', async () => {
    const s = session([['POST', '/v1.50/images/create', () => pullStream()]]);
    expect((await s.run('pull', '-q', 'alpine')).stdout).toBe('docker.io/library/alpine:latest\n');
    const byDigest = await s.run('pull', `alpine@${digest}`);
    expect(byDigest.stdout.startsWith('latest: Pulling')).toBe(true);
    expect(byDigest.stdout.endsWith(`docker.io/library/alpine@${digest}\n`)).toBe(true);
    expect(s.daemon.calls().at(-1)).toBe(`POST /v1.50/images/create?fromImage=docker.io/library/alpine&tag=${digest}`);
  });

  it('invalid references fail before any request, exit 1', async () => {
    const s = session();
    expect(await s.run('pull', 'UPPER')).toEqual({ code: 1, stdout: '', stderr: 'invalid reference format: repository name (library/UPPER) must be lowercase\n' });
    expect((await s.run('pull', 'bad:ref:x')).stderr).toBe('invalid reference format\n');
    expect(s.daemon.calls()).toEqual([]);
  });

  it('a daemon error prints after the default-tag line; an in-band error prints bare', async () => {
    const denied = "pull access denied for nonexistent, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
    expect(await session([['POST', '/v1.50/images/create', error(404, denied)]]).run('pull', 'nonexistent')).toEqual({
      code: 1,
      stdout: 'Using default tag: latest\n',
      stderr: `Error response from daemon: ${denied}\n`,
    });
    const inBand = messages([{ status: 'Pulling from library/alpine', id: 'nope' }, { errorDetail: { message: 'manifest unknown' }, error: 'manifest unknown' }]);
    const r = await session([['POST', '/v1.50/images/create', inBand]]).run('pull', 'alpine:nope');
    expect(r).toEqual({ code: 1, stdout: 'nope: Pulling from library/alpine\n', stderr: 'manifest unknown\n' });
  });

  it('logged-in credentials travel in X-Registry-Auth as base64url JSON', async () => {
    const files = { '/root/.docker/config.json': JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: btoa('bob:secret') } } }) };
    const s = session([['POST', '/v1.50/images/create', pullStream()]], { files });
    await s.run('pull', 'bob/app');
    const header = s.daemon.requests[1].headers?.['x-registry-auth'] ?? '';
    expect(JSON.parse(atob(header.replaceAll('-', '+').replaceAll('_', '/')))).toEqual({ username: 'bob', password: 'secret', serveraddress: 'https://index.docker.io/v1/' });
  });
});

describe('docker push', () => {
  it('pushes to the fully qualified name with tag, hides aux and progress, prints the digest line', async () => {
    const s = session([
      [
        'POST',
        '/v1.50/images/docker.io/myuser/alpine/push',
        messages([
          { status: 'The push refers to repository [docker.io/myuser/alpine]' },
          { status: 'Preparing', progressDetail: {}, id: 'dc23ddda4deb' },
          { status: 'Pushing', progressDetail: { current: 100, total: 527 }, id: 'dc23ddda4deb' },
          { status: 'Pushed', progressDetail: {}, id: 'dc23ddda4deb' },
          { status: `v1: digest: sha256:${'1'.repeat(64)} size: 527` },
          { progressDetail: {}, aux: { Tag: 'v1', Digest: `sha256:${'1'.repeat(64)}`, Size: 527 } },
        ]),
      ],
    ]);
    const r = await s.run('push', 'myuser/alpine:v1');
    expect(r.stdout).toBe(`The push refers to repository [docker.io/myuser/alpine]\ndc23ddda4deb: Preparing\ndc23ddda4deb: Pushed\nv1: digest: sha256:${'1'.repeat(64)} size: 527\n`);
    expect(s.daemon.calls()).toEqual(['POST /v1.50/images/docker.io/myuser/alpine/push?tag=v1']);
    expect(s.daemon.requests[1].headers).toEqual({ 'x-registry-auth': 'e30=' });
  });

  it('no tag: Using default tag: latest; errors from the daemon exit 1', async () => {
    const s = session([['POST', '/v1.50/images/docker.io/myuser/alpine/push', error(500, 'An image does not exist locally with the tag: myuser/alpine')]]);
    expect(await s.run('push', 'myuser/alpine')).toEqual({
      code: 1,
      stdout: 'Using default tag: latest\n',
      stderr: 'Error response from daemon: An image does not exist locally with the tag: myuser/alpine\n',
    });
    expect(s.daemon.calls()).toEqual(['POST /v1.50/images/docker.io/myuser/alpine/push?tag=latest']);
  });
});

describe('docker tag and docker rmi', () => {
  it('tag sends the source as typed and the target fully qualified; no output', async () => {
    const s = session([['POST', '/v1.50/images/alpine/tag', { status: 201, headers: {} }]]);
    expect(await s.run('tag', 'alpine', 'myuser/alpine:v1')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(s.daemon.calls()).toEqual(['POST /v1.50/images/alpine/tag?repo=docker.io/myuser/alpine&tag=v1']);
    expect((await s.run('tag', 'alpine', 'Bad')).stderr).toBe('Error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase\n');
  });

  it('rmi prints Untagged/Deleted lines in daemon order; errors are collected, exit 1', async () => {
    const s = session([
      ['DELETE', '/v1.50/images/myuser/alpine:v1', json(200, [{ Untagged: 'myuser/alpine:v1' }, { Deleted: 'sha256:' + '2'.repeat(64) }])],
      ['DELETE', '/v1.50/images/nosuch', error(404, 'No such image: nosuch:latest')],
    ]);
    const r = await s.run('rmi', '-f', 'myuser/alpine:v1', 'nosuch');
    expect(r).toEqual({
      code: 1,
      stdout: `Untagged: myuser/alpine:v1\nDeleted: sha256:${'2'.repeat(64)}\n`,
      stderr: 'Error response from daemon: No such image: nosuch:latest\n',
    });
    expect(s.daemon.calls()).toEqual(['DELETE /v1.50/images/myuser/alpine:v1?force=1', 'DELETE /v1.50/images/nosuch?force=1']);
  });

  it('image prune asks first (no request when declined) and reports reclaimed space', async () => {
    const s = session([['POST', '/v1.50/images/prune', json(200, { ImagesDeleted: [{ Untagged: 'image1' }, { Deleted: 'sha256:' + '3'.repeat(64) }], SpaceReclaimed: 12_345_678 })]], { stdin: 'n\n' });
    expect(await s.run('image', 'prune')).toEqual({ code: 0, stdout: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ', stderr: '' });
    expect(s.daemon.calls()).toEqual([]);
    const r = await s.run('image', 'prune', '-f');
    expect(r.stdout).toBe(`Deleted Images:\nuntagged: image1\ndeleted: sha256:${'3'.repeat(64)}\n\nTotal reclaimed space: 12.35MB\n`);
    expect(s.daemon.calls()).toEqual(['POST /v1.50/images/prune?filters={"dangling":{"true":true}}']);
  });

  it('image prune -a confirms with y from stdin and filters dangling=false', async () => {
    const s = session([['POST', '/v1.50/images/prune', json(200, { ImagesDeleted: null, SpaceReclaimed: 0 })]], { stdin: 'y\n' });
    const r = await s.run('image', 'prune', '-a');
    expect(r.stdout).toBe('WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n');
    expect(s.daemon.calls()).toEqual(['POST /v1.50/images/prune?filters={"dangling":{"false":true}}']);
  });
});
