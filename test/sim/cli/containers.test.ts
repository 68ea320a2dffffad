import { describe, expect, it } from 'vitest';
import { error, frame, json, session, stream } from './fake-daemon.ts';

const id = 'c'.repeat(64);
const ok = { status: 204, headers: {} };

describe('container lifecycle commands', () => {
  it('stop echoes each argument as typed; t= and signal= only when given', async () => {
    const s = session([['POST', /\/v1\.50\/containers\/[^/]+\/stop/, ok]]);
    expect(await s.run('stop', 'web', 'abc123')).toEqual({ code: 0, stdout: 'web\nabc123\n', stderr: '' });
    await s.run('stop', '-t', '3', '-s', 'SIGINT', 'web');
    expect(s.daemon.calls()).toEqual(['POST /v1.50/containers/web/stop', 'POST /v1.50/containers/abc123/stop', 'POST /v1.50/containers/web/stop?t=3&signal=SIGINT']);
  });

  it('one error line per failing argument, successes still echoed, exit 1', async () => {
    const s = session([
      ['POST', '/v1.50/containers/a/stop', error(404, 'No such container: a')],
      ['POST', '/v1.50/containers/b/stop', ok],
    ]);
    expect(await s.run('stop', 'a', 'b')).toEqual({ code: 1, stdout: 'b\n', stderr: 'Error response from daemon: No such container: a\n' });
  });

  it('kill sends signal= only with -s; a stopped container is a 409', async () => {
    const msg = `cannot kill container: c1: container ${id} is not running`;
    const s = session([['POST', '/v1.50/containers/c1/kill', error(409, msg)]]);
    expect(await s.run('kill', 'c1')).toEqual({ code: 1, stdout: '', stderr: `Error response from daemon: ${msg}\n` });
    await s.run('kill', '-s', 'HUP', 'c1');
    expect(s.daemon.calls()).toEqual(['POST /v1.50/containers/c1/kill', 'POST /v1.50/containers/c1/kill?signal=HUP']);
  });

  it('restart, pause and unpause post to their endpoints', async () => {
    const s = session([['POST', /.*/, ok]]);
    await s.run('restart', 'x');
    await s.run('pause', 'x');
    await s.run('container', 'unpause', 'x');
    expect(s.daemon.calls()).toEqual(['POST /v1.50/containers/x/restart', 'POST /v1.50/containers/x/pause', 'POST /v1.50/containers/x/unpause']);
  });

  it('rm of a running container fails; rm -f of a missing one prints the error but exits 0', async () => {
    const busy = 'cannot remove container "busy": container is running: stop the container before removing or force remove';
    const s = session([
      ['DELETE', '/v1.50/containers/busy', error(409, busy)],
      ['DELETE', '/v1.50/containers/nosuch', error(404, 'No such container: nosuch')],
    ]);
    expect(await s.run('rm', 'busy')).toEqual({ code: 1, stdout: '', stderr: `Error response from daemon: ${busy}\n` });
    expect(await s.run('rm', '-f', 'nosuch')).toEqual({ code: 0, stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n' });
    await s.run('rm', '-fv', 'nosuch');
    expect(s.daemon.calls().at(-1)).toBe('DELETE /v1.50/containers/nosuch?force=1&v=1');
  });

  it('start prints names; a failure prints the daemon error then the summary', async () => {
    const s = session([['POST', '/v1.50/containers/nosuch/start', error(404, 'No such container: nosuch')], ['POST', '/v1.50/containers/c1/start', ok]]);
    expect(await s.run('start', 'c1')).toEqual({ code: 0, stdout: 'c1\n', stderr: '' });
    expect(await s.run('start', 'nosuch')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch\n',
    });
  });

  it('start -a inspects, attaches, waits, starts and exits with the status', async () => {
    const s = session([
      ['GET', '/v1.50/containers/c1/json', json(200, { Id: id, Config: { Tty: false } })],
      ['POST', '/v1.50/containers/c1/attach', { status: 101, headers: {}, frames: stream([frame(1, 'hi\n')]) }],
      ['POST', '/v1.50/containers/c1/wait', { status: 200, headers: {}, later: Promise.resolve({ StatusCode: 2 }) }],
      ['POST', '/v1.50/containers/c1/start', ok],
    ]);
    expect(await s.run('start', '-a', 'c1')).toEqual({ code: 2, stdout: 'hi\n', stderr: '' });
    expect(s.daemon.calls()).toEqual([
      'GET /v1.50/containers/c1/json',
      'POST /v1.50/containers/c1/attach?stderr=1&stdout=1&stream=1',
      'POST /v1.50/containers/c1/wait?condition=next-exit',
      'POST /v1.50/containers/c1/start',
    ]);
  });
});

describe('docker logs and docker exec', () => {
  it('logs inspects for Tty, then streams stdout and stderr frames to their own writers', async () => {
    const s = session([
      ['GET', '/v1.50/containers/web/json', json(200, { Id: id, Config: { Tty: false } })],
      ['GET', `/v1.50/containers/${id}/logs`, { status: 200, headers: {}, frames: stream([frame(1, 'out\n'), frame(2, 'err\n')]) }],
    ]);
    expect(await s.run('logs', 'web')).toEqual({ code: 0, stdout: 'out\n', stderr: 'err\n' });
    expect(s.daemon.calls()).toEqual(['GET /v1.50/containers/web/json', `GET /v1.50/containers/${id}/logs?stderr=1&stdout=1&tail=all`]);
  });

  it('logs -f -t --tail 5 --since 10m sends follow, timestamps, tail and a computed since', async () => {
    const now = Date.UTC(2026, 10, 30, 10, 0, 0);
    const s = session(
      [
        ['GET', '/v1.50/containers/web/json', json(200, { Id: id, Config: { Tty: true } })],
        ['GET', `/v1.50/containers/${id}/logs`, { status: 200, headers: {}, frames: stream([frame(2, 'tty text\n')]) }],
      ],
      { now },
    );
    const r = await s.run('logs', '-f', '-t', '--tail', '5', '--since', '10m', 'web');
    expect(r.stdout).toBe('tty text\n');
    expect(s.daemon.calls()[1]).toBe(`GET /v1.50/containers/${id}/logs?follow=1&since=${(now - 600_000) / 1000}.000000000&stderr=1&stdout=1&tail=5&timestamps=1`);
  });

  it('exec creates, starts (hijacked) and exits with the ExitCode of GET /exec/{id}/json', async () => {
    const execId = 'e'.repeat(64);
    const s = session([
      ['GET', '/v1.50/containers/web/json', json(200, { Id: id })],
      ['POST', '/v1.50/containers/web/exec', json(201, { Id: execId })],
      ['POST', `/v1.50/exec/${execId}/start`, { status: 101, headers: {}, frames: stream([frame(1, 'hi\n')]) }],
      ['GET', `/v1.50/exec/${execId}/json`, json(200, { ExitCode: 7, Running: false })],
    ]);
    expect(await s.run('exec', '-e', 'A=1', '-w', '/tmp', 'web', 'echo', 'hi')).toEqual({ code: 7, stdout: 'hi\n', stderr: '' });
    expect(s.daemon.requests[2].body).toEqual({
      User: '',
      Privileged: false,
      Tty: false,
      ConsoleSize: null,
      AttachStdin: false,
      AttachStderr: true,
      AttachStdout: true,
      Detach: false,
      DetachKeys: '',
      Env: ['A=1'],
      WorkingDir: '/tmp',
      Cmd: ['echo', 'hi'],
    });
    expect(s.daemon.requests[3].body).toEqual({ Detach: false, Tty: false, ConsoleSize: null });
  });

  it('exec into a stopped container reports the 409', async () => {
    const s = session([
      ['GET', '/v1.50/containers/web/json', json(200, { Id: id })],
      ['POST', '/v1.50/containers/web/exec', error(409, `container ${id} is not running`)],
    ]);
    expect(await s.run('exec', 'web', 'ls')).toEqual({ code: 1, stdout: '', stderr: `Error response from daemon: container ${id} is not running\n` });
  });
});

describe('inspect, diff, commit, rename, wait', () => {
  it('untyped inspect tries container, image, network, volume, info, plugin; not found: [] and No such object', async () => {
    const s = session([['GET', '/v1.50/info', json(200, {})]]);
    expect(await s.run('inspect', 'nosuch')).toEqual({ code: 1, stdout: '[]\n', stderr: 'Error: No such object: nosuch\n' });
    expect(s.daemon.calls()).toEqual([
      'GET /v1.50/containers/nosuch/json',
      'GET /v1.50/images/nosuch/json',
      'GET /v1.50/networks/nosuch',
      'GET /v1.50/volumes/nosuch',
      'GET /v1.50/info',
      'GET /v1.50/plugins/nosuch/json',
    ]);
  });

  it('prints Go JSON indented four spaces, or a template per object', async () => {
    const s = session([['GET', '/v1.50/images/alpine/json', json(200, { Id: 'sha256:abc', RepoTags: ['alpine:latest'], Config: { Cmd: ['/bin/sh'] } })]]);
    expect((await s.run('image', 'inspect', 'alpine')).stdout).toBe(
      '[\n    {\n        "Id": "sha256:abc",\n        "RepoTags": [\n            "alpine:latest"\n        ],\n        "Config": {\n            "Cmd": [\n                "/bin/sh"\n            ]\n        }\n    }\n]\n',
    );
    expect((await s.run('inspect', '-f', '{{.Id}} {{index .RepoTags 0}}', 'alpine')).stdout).toBe('sha256:abc alpine:latest\n');
  });

  it('container inspect of a missing container: [] and the daemon error', async () => {
    const s = session([['GET', '/v1.50/containers/nosuch/json', error(404, 'No such container: nosuch')]]);
    expect(await s.run('container', 'inspect', 'nosuch')).toEqual({ code: 1, stdout: '[]\n', stderr: 'Error response from daemon: No such container: nosuch\n' });
  });

  it('diff prints kind letters', async () => {
    const s = session([['GET', '/v1.50/containers/web/changes', json(200, [{ Kind: 0, Path: '/etc' }, { Kind: 1, Path: '/etc/x' }, { Kind: 2, Path: '/tmp/y' }])]]);
    expect((await s.run('diff', 'web')).stdout).toBe('C /etc\nA /etc/x\nD /tmp/y\n');
  });

  it('commit posts /commit with repo, tag, comment, author, changes and prints the ID', async () => {
    const s = session([['POST', '/v1.50/commit', json(201, { Id: 'sha256:' + '9'.repeat(64) })]]);
    const r = await s.run('commit', '-m', 'msg', '-a', 'me', '-c', 'CMD ["sh"]', 'web', 'myimg:v2');
    expect(r.stdout).toBe('sha256:' + '9'.repeat(64) + '\n');
    expect(s.daemon.requests[1].query).toEqual({ author: 'me', changes: ['CMD ["sh"]'], comment: 'msg', container: 'web', repo: 'docker.io/library/myimg', tag: 'v2' });
  });

  it('rename posts name=; wait prints exit codes', async () => {
    const s = session([
      ['POST', '/v1.50/containers/a/rename', ok],
      ['POST', '/v1.50/containers/a/wait', { status: 200, headers: {}, later: Promise.resolve({ StatusCode: 137 }) }],
    ]);
    expect(await s.run('rename', 'a', 'b')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await s.run('wait', 'a')).stdout).toBe('137\n');
    expect(s.daemon.calls()).toEqual(['POST /v1.50/containers/a/rename?name=b', 'POST /v1.50/containers/a/wait?condition=not-running']);
  });

  it('container prune -f lists deleted IDs and the reclaimed space', async () => {
    const s = session([['POST', '/v1.50/containers/prune', json(200, { ContainersDeleted: [id], SpaceReclaimed: 1234 })]]);
    expect((await s.run('container', 'prune', '-f')).stdout).toBe(`Deleted Containers:\n${id}\n\nTotal reclaimed space: 1.234kB\n`);
  });
});

