import { describe, expect, it } from 'vitest';
import { fileLines, indexLayerFiles, type LayerFilesJson } from '../../src/ui/inspectors/image-layers.ts';
import { HostSession } from '../../src/sim/host/session.ts';
import { settle } from '../../src/sim/settle.ts';

describe('the Images inspector’s per-layer files', () => {
  it('lists a real image’s layer changes as dive does, with sizes and what later layers waste', async () => {
    const s = new HostSession({ seed: 1 });
    await settle(s.clock, s.run('docker pull -q alpine'));
    const res = await s.daemon.api.handle({ method: 'GET', path: '/v1.50/_dockyard/images/alpine/layers' });
    const list = res.body as LayerFilesJson[];
    const { byDiffId, wasted } = indexLayerFiles(list);
    expect(byDiffId.size).toBe(1);
    expect(wasted).toBe('0B');
    const lines = fileLines(list[0]);
    expect(lines).toContain('A /usr/lib/os-release (188B)');
    expect(lines.some((l) => /^A \/bin\/busybox \(\d/.test(l))).toBe(true);
  });

  it('says how many entries were left out', () => {
    const layer: LayerFilesJson = { diffId: 'sha256:x', size: 0, files: [{ path: '/gone', kind: 'D', size: 0 }], truncated: 3, wasted: 0 };
    expect(fileLines(layer)).toEqual(['D /gone', '… and 3 more']);
  });
});

describe('the Registry inspector’s catalogs', () => {
  it('titles each registry and shows Docker Hub names in familiar form', async () => {
    const { catalogGroups } = await import('../../src/ui/inspectors/registry-rows.ts');
    const groups = catalogGroups([
      { host: 'docker.io', repositories: [{ name: 'library/alpine', tags: [{ tag: 'latest', digest: 'sha256:1' }] }] },
      { host: 'localhost:5000', repositories: [{ name: 'team/app', tags: [{ tag: 'v1' }] }] },
    ]);
    expect(groups.map((g) => [g.title, g.repositories[0].name])).toEqual([
      ['Docker Hub (docker.io)', 'alpine'],
      ['localhost:5000 (a registry container)', 'team/app'],
    ]);
  });
});
