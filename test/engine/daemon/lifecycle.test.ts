import { describe, expect, it } from 'vitest';
import { makeEngine } from './fixtures.ts';

describe('container lifecycle', () => {
  it('docker stop on a PID 1 that ignores SIGTERM waits the grace period, then kills with 137', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sleep', '1000'] });
    const before = e.daemon.clock.now();
    const res = await e.settle(e.call('POST', `/containers/${id}/stop`));
    expect(res.status).toBe(204);
    expect(e.daemon.clock.now() - before).toBe(10_000);
    expect((await e.inspect(id)).State).toMatchObject({ Status: 'exited', ExitCode: 137 });
  });

  it('docker stop -t 1 shortens the grace period to one second', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sleep', '1000'] });
    const before = e.daemon.clock.now();
    await e.settle(e.call('POST', `/containers/${id}/stop`, { query: { t: '1' } }));
    expect(e.daemon.clock.now() - before).toBe(1_000);
  });

  it('stopping a stopped container answers 304 Not Modified', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['true'] });
    await e.elapse(10);
    expect((await e.call('POST', `/containers/${id}/stop`)).status).toBe(304);
  });

  it('a restart policy of always brings an exited container back, until docker stop', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'sleep 1; exit 1'], HostConfig: { RestartPolicy: { Name: 'always' } } });
    await e.elapse(5_000);
    const state = await e.inspect(id);
    expect(state.RestartCount).toBeGreaterThanOrEqual(2);
    await e.settle(e.call('POST', `/containers/${id}/stop`));
    const restarts = (await e.inspect(id)).RestartCount;
    await e.elapse(10_000);
    expect((await e.inspect(id)).RestartCount).toBe(restarts);
    expect((await e.inspect(id)).State.Status).toBe('exited');
  });

  it('on-failure:2 gives up after two restarts', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'exit 2'], HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 } } });
    await e.elapse(60_000);
    const state = await e.inspect(id);
    expect(state.RestartCount).toBe(2);
    expect(state.State).toMatchObject({ Status: 'exited', ExitCode: 2 });
  });

  it('--rm removes the container once it exits, and wait=removed reports its status', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const created = await e.call('POST', '/containers/create', { body: { Image: 'alpine', Cmd: ['sh', '-c', 'exit 4'], HostConfig: { AutoRemove: true } } });
    const id = (created.body as { Id: string }).Id;
    const wait = await e.call('POST', `/containers/${id}/wait`, { query: { condition: 'removed' } });
    await e.call('POST', `/containers/${id}/start`);
    expect(await e.settle(wait.later!)).toEqual({ StatusCode: 4, Error: null });
    expect((await e.call('GET', `/containers/${id}/json`)).status).toBe(404);
  });

  it('wait with condition not-running answers at once for a created container', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const created = await e.call('POST', '/containers/create', { body: { Image: 'alpine', Cmd: ['true'] } });
    const id = (created.body as { Id: string }).Id;
    const wait = await e.call('POST', `/containers/${id}/wait`);
    expect(await wait.later).toEqual({ StatusCode: 0, Error: null });
  });

  it('wait rejects an unknown condition with 400', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sleep', '5'] });
    const res = await e.call('POST', `/containers/${id}/wait`, { query: { condition: 'x' } });
    expect(res).toMatchObject({ status: 400, body: { message: 'invalid condition: "x"' } });
  });

  it('pause and unpause follow the state rules with moby messages', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] });
    expect((await e.call('POST', `/containers/${id}/unpause`)).body).toEqual({ message: `Container ${id} is not paused` });
    expect((await e.call('POST', `/containers/${id}/pause`)).status).toBe(204);
    expect((await e.call('POST', `/containers/${id}/pause`)).body).toEqual({ message: `Container ${id} is already paused` });
    expect((await e.call('POST', `/containers/${id}/start`)).body).toEqual({ message: 'cannot start a paused container, try unpause instead' });
    expect((await e.call('DELETE', `/containers/${id}`)).body).toEqual({ message: `cannot remove container "${id}": container is paused and must be unpaused first` });
    expect((await e.call('POST', `/containers/${id}/unpause`)).status).toBe(204);
    expect((await e.inspect(id)).State.Status).toBe('running');
  });

  it('kill sends SIGKILL by default and refuses a stopped container', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'k1');
    expect((await e.settle(e.call('POST', `/containers/k1/kill`))).status).toBe(204);
    expect((await e.inspect(id)).State.ExitCode).toBe(137);
    expect((await e.call('POST', `/containers/k1/kill`)).body).toEqual({ message: `cannot kill container: k1: container ${id} is not running` });
  });

  it('rename keeps names unique and refuses the same name', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const a = await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'one');
    await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] }, 'two');
    expect((await e.call('POST', '/containers/one/rename', { query: { name: 'two' } })).status).toBe(409);
    expect((await e.call('POST', '/containers/one/rename', { query: { name: 'one' } })).status).toBe(400);
    expect((await e.call('POST', '/containers/one/rename', { query: { name: 'three' } })).status).toBe(204);
    expect((await e.inspect(a)).Name).toBe('/three');
  });
});

describe('docker pause', () => {
  it('freezes every process of the container: no output while paused, output resumes after unpause', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'while true; do echo tick; sleep 1; done'] });
    const count = () => e.daemon.containers.get(id).log.entries.length;
    await e.elapse(3_000);
    await e.call('POST', `/containers/${id}/pause`);
    const atPause = count();
    await e.elapse(10_000);
    expect(count()).toBe(atPause);
    await e.call('POST', `/containers/${id}/unpause`);
    await e.elapse(3_000);
    expect(count()).toBeGreaterThan(atPause);
  });

  it('a paused container can still be killed', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sleep', '100'] });
    await e.call('POST', `/containers/${id}/pause`);
    expect((await e.settle(e.call('POST', `/containers/${id}/kill`))).status).toBe(204);
    expect((await e.inspect(id)).State).toMatchObject({ Status: 'exited', ExitCode: 137 });
  });
});
