import { beforeAll, describe, expect, it } from 'vitest';
import type { HostSession } from '../../src/sim/host/session.ts';
import { getJson, getLogFrames, segment } from '../../src/ui/inspectors/engine-client.ts';
import type { ChangeEntry, ContainerInspect, ContainerSummary } from '../../src/ui/inspectors/engine-json.ts';
import { containerDetail, containerRows, portText } from '../../src/ui/inspectors/container-rows.ts';
import { changeRows, logLines } from '../../src/ui/inspectors/container-changes.ts';
import { sessionAfter } from './engine-fixture.ts';

let session: HostSession;
beforeAll(async () => {
  session = await sessionAfter([
    'docker run --name hi hello-world',
    'docker volume create data',
    'docker run -d --name web -p 8080:80 -e GREETING="hello world" -v data:/data nginx:1.27',
    'docker exec web sh -c "echo x > /tmp/new && rm /docker-entrypoint.sh"',
    'docker pause web',
  ]);
});

describe('containerRows', () => {
  it('lists every container, newest first, with its state as a word and docker ps ports', async () => {
    const rows = containerRows(await getJson<ContainerSummary[]>(session, '/containers/json', { all: '1' }));
    expect(rows.map((r) => [r.name, r.image, r.state])).toEqual([
      ['web', 'nginx:1.27', 'paused'],
      ['hi', 'hello-world', 'exited'],
    ]);
    expect(rows[0].ports).toContain('0.0.0.0:8080->80/tcp');
    expect(rows[1].status).toMatch(/^Exited \(0\)/);
  });

  it('writes ports as docker ps does', () => {
    expect(portText({ PrivatePort: 80, Type: 'tcp' })).toBe('80/tcp');
    expect(portText({ IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' })).toBe('[::]:8080->80/tcp');
  });
});

describe('containerDetail', () => {
  it('shows state, ports, mounts and environment from docker inspect', async () => {
    const detail = containerDetail(await getJson<ContainerInspect>(session, '/containers/web/json'));
    expect(detail).toMatchObject({ name: 'web', state: 'paused', exit: '', image: 'nginx:1.27', restartPolicy: 'no' });
    expect(detail.ports).toEqual(['0.0.0.0:8080 → 80/tcp', '[::]:8080 → 80/tcp']);
    expect(detail.mounts).toEqual([{ type: 'volume', source: 'data', destination: '/data', access: 'read-write' }]);
    expect(detail.env).toContainEqual({ name: 'GREETING', value: 'hello world' });
    expect(detail.command).toMatch(/^\/docker-entrypoint\.sh nginx -g "daemon off;"$/);
  });

  it('says how an exited container ended', async () => {
    const detail = containerDetail(await getJson<ContainerInspect>(session, '/containers/hi/json'));
    expect(detail).toMatchObject({ state: 'exited', exit: 'exited with code 0', command: '/hello', user: 'root (default)' });
  });
});

describe('changeRows and logLines', () => {
  it('shows the container’s filesystem diff with docker diff’s letters', async () => {
    const rows = changeRows(await getJson<ChangeEntry[]>(session, '/containers/web/changes'));
    expect(rows).toContainEqual({ path: '/tmp/new', symbol: 'A', kind: 'added' });
    expect(rows).toContainEqual({ path: '/docker-entrypoint.sh', symbol: 'D', kind: 'deleted' });
    expect(rows).toContainEqual({ path: '/tmp', symbol: 'C', kind: 'changed' });
    expect(rows.map((r) => r.path)).toEqual([...rows.map((r) => r.path)].sort());
  });

  it('reads a container’s logs through the API, line by line', async () => {
    const lines = logLines(await getLogFrames(session, 'hi'));
    expect(lines[1]).toEqual({ stream: 'stdout', text: 'Hello from Docker!' });
  });

  it('joins lines split across frames and keeps streams apart', () => {
    const enc = new TextEncoder();
    const frames = [
      { stream: 1, data: enc.encode('hel') },
      { stream: 2, data: enc.encode('oops\n') },
      { stream: 1, data: enc.encode('lo\r\nbye') },
    ];
    expect(logLines(frames)).toEqual([
      { stream: 'stderr', text: 'oops' },
      { stream: 'stdout', text: 'hello' },
      { stream: 'stdout', text: 'bye' },
    ]);
  });

  it('answers an API error with Docker’s message', async () => {
    await expect(getJson(session, '/containers/nope/json')).rejects.toThrow('No such container: nope');
  });
});

describe('segment', () => {
  it('keeps references readable in paths, as the docker CLI sends them', () => {
    expect(segment('sha256:ab12')).toBe('sha256:ab12');
    expect(segment('localhost:5000/team/app:1.0')).toBe('localhost:5000/team/app:1.0');
    expect(segment('odd name?#')).toBe('odd%20name%3F%23');
  });
});
