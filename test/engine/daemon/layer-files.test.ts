import { describe, expect, it } from 'vitest';
import { makeEngine } from './fixtures.ts';

describe('per-layer files (GET /_dockyard/images/{name}/layers)', () => {
  it('lists what each layer added, changed and removed, and the bytes later layers waste', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'echo 12345 > /big; echo x >> /etc/profile; rm /etc/motd; sleep 100'] });
    await e.elapse(10);
    await e.call('POST', '/commit', { query: { container: id, repo: 'step1' } });
    const second = await e.run({ Image: 'step1', Cmd: ['sh', '-c', 'rm /big; sleep 100'] });
    await e.elapse(10);
    await e.call('POST', '/commit', { query: { container: second, repo: 'step2' } });
    const layers = (await e.call('GET', '/_dockyard/images/step2/layers')).body as { files: { path: string; kind: string; size: number }[]; wasted: number }[];
    expect(layers).toHaveLength(3);
    expect(layers[1].files).toEqual(
      expect.arrayContaining([
        { path: '/big', kind: 'A', size: 6 },
        { path: '/etc/profile', kind: 'C', size: expect.any(Number) },
        { path: '/etc/motd', kind: 'D', size: 0 },
      ]),
    );
    expect(layers[1].wasted).toBe(6);
    expect(layers[2].files).toEqual([{ path: '/big', kind: 'D', size: 0 }]);
    expect(layers[0].files.length).toBeGreaterThan(50);
  });

  it('answers 404 for an unknown image', async () => {
    const e = await makeEngine();
    expect((await e.call('GET', '/_dockyard/images/nosuch/layers')).status).toBe(404);
  });
});

describe('registry listing (GET /_dockyard/registries)', () => {
  it('lists Docker Hub from its seed without pulling, and a local registry once it runs and holds a push', async () => {
    const e = await makeEngine({ images: ['alpine', 'registry:2'] });
    const hubOnly = (await e.call('GET', '/_dockyard/registries')).body as { host: string; repositories: { name: string; tags: { tag: string; digest?: string }[] }[] }[];
    expect(hubOnly.map((r) => r.host)).toEqual(['docker.io']);
    const nginx = hubOnly[0].repositories.find((r) => r.name === 'library/nginx')!;
    expect(nginx.tags.map((t) => t.tag)).toContain('latest');
    expect(nginx.tags[0].digest).toBeUndefined();
    const alpine = hubOnly[0].repositories.find((r) => r.name === 'library/alpine')!;
    expect(alpine.tags.find((t) => t.tag === 'latest')?.digest).toMatch(/^sha256:/);
    await e.run({ Image: 'registry:2', HostConfig: { PortBindings: { '5000/tcp': [{ HostIp: '', HostPort: '5000' }] } } });
    await e.call('POST', '/images/alpine/tag', { query: { repo: 'localhost:5000/mine', tag: 'v1' } });
    const push = await e.call('POST', '/images/localhost:5000/mine/push', { query: { tag: 'v1' } });
    await e.settle((async () => { for await (const _ of push.messages!) void _; })());
    const both = (await e.call('GET', '/_dockyard/registries')).body as { host: string; repositories: { name: string; tags: { tag: string }[] }[] }[];
    expect(both.map((r) => r.host)).toEqual(['docker.io', 'localhost:5000']);
    expect(both[1].repositories).toEqual([{ name: 'mine', tags: [{ tag: 'v1', digest: expect.stringMatching(/^sha256:/) }] }]);
  });
});
