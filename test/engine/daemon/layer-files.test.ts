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
