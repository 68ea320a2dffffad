import { describe, expect, it } from 'vitest';
import { makeEngine, text } from './fixtures.ts';

const names = async (e: Awaited<ReturnType<typeof makeEngine>>) =>
  ((await e.call('GET', '/containers/json', { query: { all: '1' } })).body as { Names: string[] }[]).map((c) => c.Names[0]);

describe('creating and starting containers', () => {
  it('merges the image defaults into the container: env order, Cmd, WorkingDir, hostname', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Env: ['A=1'] }, 'env1');
    const inspect = await e.inspect(id);
    expect(inspect.Path).toBe('/bin/sh');
    expect(inspect.Config.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1']);
    expect(inspect.Config.Hostname).toBe(id.slice(0, 12));
  });

  it('a failed create (bad name, missing image, taken name) leaves the container list as it was', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'taken');
    const before = await names(e);
    const bad = await e.call('POST', '/containers/create', { query: { name: 'bad name' }, body: { Image: 'alpine' } });
    expect(bad.body).toEqual({ message: 'Invalid container name (bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed' });
    const missing = await e.call('POST', '/containers/create', { body: { Image: 'nosuch' } });
    expect(missing).toMatchObject({ status: 404, body: { message: 'No such image: nosuch:latest' } });
    const taken = await e.call('POST', '/containers/create', { query: { name: 'taken' }, body: { Image: 'alpine' } });
    expect(taken.status).toBe(409);
    const network = await e.call('POST', '/containers/create', { body: { Image: 'alpine', HostConfig: { NetworkMode: 'nope' } } });
    expect(network).toMatchObject({ status: 404, body: { message: 'network nope not found' } });
    expect(await names(e)).toEqual(before);
  });

  it('an executable that does not exist fails start with runc’s text and leaves the container Created with 127', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const created = await e.call('POST', '/containers/create', { body: { Image: 'alpine', Cmd: ['nosuchcmd'] } });
    const id = (created.body as { Id: string }).Id;
    const start = await e.call('POST', `/containers/${id}/start`);
    expect(start.status).toBe(400);
    expect((start.body as { message: string }).message).toMatch(/exec: "nosuchcmd": executable file not found in \$PATH: unknown$/);
    expect((await e.inspect(id)).State).toMatchObject({ Status: 'created', ExitCode: 127 });
  });

  it('a published host port can be held by one running container only', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sleep', '100'], HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } }, 'first');
    const created = await e.call('POST', '/containers/create', { query: { name: 'second' }, body: { Image: 'alpine', Cmd: ['sleep', '100'], HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } } });
    const start = await e.call('POST', `/containers/${(created.body as { Id: string }).Id}/start`);
    expect(start.status).toBe(500);
    expect((start.body as { message: string }).message).toMatch(/^driver failed programming external connectivity on endpoint second \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);
    expect((await e.inspect('second')).State.Status).toBe('created');
    expect((await e.inspect('first')).NetworkSettings.Ports['80/tcp']).toEqual([
      { HostIp: '0.0.0.0', HostPort: '8080' },
      { HostIp: '::', HostPort: '8080' },
    ]);
  });

  it('a running container on the default bridge gets 172.17.0.2 and gives it back when it stops', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const a = await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] });
    expect((await e.inspect(a)).NetworkSettings.Networks.bridge.IPAddress).toBe('172.17.0.2');
    await e.settle(e.call('POST', `/containers/${a}/kill`));
    const b = await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] });
    expect((await e.inspect(b)).NetworkSettings.Networks.bridge.IPAddress).toBe('172.17.0.2');
  });

  it('exec runs in the container’s filesystem and reports its exit code; a missing program is 127', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] });
    const exec = await e.call('POST', `/containers/${id}/exec`, { body: { Cmd: ['sh', '-c', 'echo hi > /f; cat /f; exit 5'], AttachStdout: true } });
    const execId = (exec.body as { Id: string }).Id;
    const out = await e.settle(text((await e.call('POST', `/exec/${execId}/start`, { body: {} })).frames));
    expect(out).toBe('hi\n');
    expect((await e.call('GET', `/exec/${execId}/json`)).body).toMatchObject({ ExitCode: 5, Running: false });
    const missing = await e.call('POST', `/containers/${id}/exec`, { body: { Cmd: ['nope'] } });
    const missingId = (missing.body as { Id: string }).Id;
    const msg = await e.settle(text((await e.call('POST', `/exec/${missingId}/start`, { body: {} })).frames));
    expect(msg).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown\r\n');
    expect((await e.call('GET', `/exec/${missingId}/json`)).body).toMatchObject({ ExitCode: 127 });
  });

  it('docker diff lists what changed in the writable layer, never the init layer', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'echo x > /tmp/new; rm /etc/motd; echo y >> /etc/profile; sleep 100'] });
    await e.elapse(10);
    const changes = (await e.call('GET', `/containers/${id}/changes`)).body;
    expect(changes).toEqual([
      { Path: '/etc', Kind: 0 },
      { Path: '/etc/motd', Kind: 2 },
      { Path: '/etc/profile', Kind: 0 },
      { Path: '/tmp', Kind: 0 },
      { Path: '/tmp/new', Kind: 1 },
    ]);
  });

  it('docker commit turns the writable layer into a new image whose containers see the change', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'echo committed > /greeting; sleep 100'] });
    await e.elapse(10);
    const commit = await e.call('POST', '/commit', { query: { container: id, repo: 'greeter', tag: 'v1', comment: 'add greeting' } });
    expect(commit.status).toBe(201);
    const image = (await e.call('GET', '/images/greeter:v1/json')).body as { RootFS: { Layers: string[] }; Comment: string };
    expect(image.RootFS.Layers).toHaveLength(2);
    const child = await e.run({ Image: 'greeter:v1', Cmd: ['cat', '/greeting'] });
    await e.elapse(10);
    const logs = await e.call('GET', `/containers/${child}/logs`, { query: { stdout: '1' } });
    expect(await text(logs.frames)).toBe('committed\n');
  });

  it('logs keep stdout and stderr apart, with tail and fixed-width timestamps', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'echo one; echo two >&2; echo three'] });
    await e.elapse(10);
    const res = await e.call('GET', `/containers/${id}/logs`, { query: { stdout: '1', stderr: '1', tail: '2', timestamps: '1' } });
    const frames = [];
    for await (const f of res.frames!) frames.push([f.stream, new TextDecoder().decode(f.data)]);
    expect(frames).toHaveLength(2);
    expect(frames[0][0]).toBe(2);
    expect(frames[0][1]).toMatch(/^2026-11-30T09:00:00\.\d{9}Z two\n$/);
    expect(frames[1]).toEqual([1, expect.stringMatching(/ three\n$/)]);
    expect((await e.call('GET', `/containers/${id}/logs`)).body).toEqual({ message: 'Bad parameters: you must choose at least one stream' });
  });

  it('announces create, connect, start, die, disconnect and destroy as docker events, in dockerd’s order', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const seen: string[] = [];
    e.daemon.events.subscribe((ev) => {
      if (ev.kind === 'docker') seen.push(`${ev.message.Type} ${ev.message.Action} ${ev.message.Type === 'container' ? JSON.stringify(ev.message.Actor.Attributes) : ev.message.Actor.Attributes.name}`);
    });
    const id = await e.run({ Image: 'alpine', Cmd: ['true'] }, 'ev');
    await e.elapse(10);
    await e.call('DELETE', `/containers/${id}`);
    expect(seen).toEqual([
      'container create {"image":"alpine","name":"ev"}',
      'network connect bridge',
      'container start {"image":"alpine","name":"ev"}',
      'container die {"image":"alpine","name":"ev","exitCode":"0"}',
      'network disconnect bridge',
      'container destroy {"image":"alpine","name":"ev"}',
    ]);
  });
});

describe('start failures with --rm', () => {
  it('an auto-remove container whose command cannot run is removed, and wait=removed reports 127', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const created = await e.call('POST', '/containers/create', { body: { Image: 'alpine', Cmd: ['nosuchcmd'], HostConfig: { AutoRemove: true } } });
    const id = (created.body as { Id: string }).Id;
    const wait = await e.call('POST', `/containers/${id}/wait`, { query: { condition: 'removed' } });
    expect((await e.call('POST', `/containers/${id}/start`)).status).toBe(400);
    expect(await e.settle(wait.later!)).toEqual({ StatusCode: 127, Error: null });
    expect((await e.call('GET', `/containers/${id}/json`)).status).toBe(404);
  });
});
