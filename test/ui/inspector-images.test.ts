import { beforeAll, describe, expect, it } from 'vitest';
import type { HostSession } from '../../src/sim/host/session.ts';
import { getJson } from '../../src/ui/inspectors/engine-client.ts';
import type { HistoryEntry, ImageInspect, ImageSummary } from '../../src/ui/inspectors/engine-json.ts';
import { imageRows, shortId, splitTag, visibleImages } from '../../src/ui/inspectors/image-rows.ts';
import { instructionOf, layerRows, layerSummary, sharedWith } from '../../src/ui/inspectors/image-layers.ts';
import { sessionAfter } from './engine-fixture.ts';
import { registryGroups, splitRepository } from '../../src/ui/inspectors/registry-rows.ts';

let session: HostSession;
beforeAll(async () => {
  session = await sessionAfter(['docker pull hello-world', 'docker build -t app .', 'docker tag app localhost:5000/team/app:1.0']);
});


describe('imageRows', () => {
  it('lists one row per tag, newest first, with docker images’ units', async () => {
    const images = visibleImages(await getJson<ImageSummary[]>(session, '/images/json', { all: '1' }));
    const rows = imageRows(images, session.clock.now());
    expect(rows.map((r) => `${r.repository}:${r.tag}`)).toEqual(['app:latest', 'localhost:5000/team/app:1.0', 'hello-world:latest', 'node:18']);
    const hello = rows.find((r) => r.repository === 'hello-world')!;
    expect(hello.size).toBe('10.1kB');
    expect(hello.shortId).toMatch(/^[0-9a-f]{12}$/);
    expect(rows[0].created).toMatch(/ago$/);
  });

  it('hides a build’s intermediate images unless asked, as docker images -a', () => {
    const image = (id: string, parent: string, tags: string[]): ImageSummary => ({ Id: id, ParentId: parent, RepoTags: tags, RepoDigests: [], Created: 0, Size: 0, SharedSize: -1, Containers: 0, Labels: null });
    const all = [image('base', '', ['node:18']), image('step', 'base', []), image('top', 'step', ['app:latest']), image('dangling', 'base', [])];
    expect(visibleImages(all).map((i) => i.Id)).toEqual(['base', 'top', 'dangling']);
    expect(visibleImages(all, true)).toHaveLength(4);
  });

  it('shows an untagged image as <none>', () => {
    const rows = imageRows([{ Id: 'sha256:' + 'a'.repeat(64), ParentId: '', RepoTags: [], RepoDigests: [], Created: 0, Size: 0, SharedSize: -1, Containers: 0, Labels: null }], 0);
    expect(rows).toMatchObject([{ repository: '<none>', tag: '<none>', shortId: 'aaaaaaaaaaaa' }]);
  });

  it('splits tags after a registry port', () => {
    expect(splitTag('localhost:5000/app')).toEqual({ repository: 'localhost:5000/app', tag: '<none>' });
    expect(splitTag('localhost:5000/app:2')).toEqual({ repository: 'localhost:5000/app', tag: '2' });
    expect(shortId('sha256:0123456789abcdef')).toBe('0123456789ab');
  });
});

describe('layerRows', () => {
  it('turns the history of the built app into layers, oldest first, matched with RootFS', async () => {
    const history = await getJson<HistoryEntry[]>(session, '/images/app/history');
    const inspect = await getJson<ImageInspect>(session, '/images/app/json');
    const rows = layerRows(history, inspect);
    expect(rows[0].instruction).toBe('ADD rootfs.tar.xz /');
    // The classic builder writes `COPY dir:<hash> in /app`, BuildKit `COPY . /app`; whether
    // WORKDIR made an (empty) layer differs between them, and RootFS decides.
    expect(rows.slice(-4).map((r) => r.instruction.split(' ')[0])).toEqual(['COPY', 'WORKDIR', 'RUN', 'CMD']);
    expect(rows.slice(-4).map((r) => r.hasLayer)).toEqual([true, rows[rows.length - 3].hasLayer, true, false]);
    expect(rows[rows.length - 2].instruction).toBe('RUN npm install');
    const withLayer = rows.filter((r) => r.hasLayer);
    expect(withLayer).toHaveLength(inspect.RootFS!.Layers!.length);
    expect(withLayer.map((r) => r.diffId)).toEqual(inspect.RootFS!.Layers);
    expect(rows[rows.length - 1].tags).toContain('app:latest');
    expect(rows[0].imageId).toBe('');

    const summary = layerSummary(rows);
    expect(summary.totalBytes).toBe(inspect.Size);
    expect(summary.layers).toBe(withLayer.length);
    expect(rows[summary.largest!].instruction).toMatch(/^RUN .*apt-get install/);
  });

  it('leaves diff IDs out when history and layers do not pair up', () => {
    const rows = layerRows([{ Id: '<missing>', Created: 0, CreatedBy: '/bin/sh -c echo', Tags: null, Size: 5, Comment: '' }], { RootFS: { Type: 'layers', Layers: ['sha256:a', 'sha256:b'] } });
    expect(rows[0].diffId).toBeUndefined();
  });

  it('names which other images share a layer', async () => {
    const app = await getJson<ImageInspect>(session, '/images/app/json');
    const node = await getJson<ImageInspect>(session, '/images/node:18/json');
    const hello = await getJson<ImageInspect>(session, '/images/hello-world/json');
    const rows = layerRows(await getJson<HistoryEntry[]>(session, '/images/app/history'), app);
    const shared = sharedWith(rows, app.Id, [app, node, hello]);
    const base = rows.filter((r) => r.hasLayer).slice(0, node.RootFS!.Layers!.length);
    for (const r of base) expect(shared.get(r.index)).toEqual(['node:18']);
    expect(shared.get(rows.find((r) => r.instruction === 'RUN npm install')!.index)).toBeUndefined();
  });

  it('reads CreatedBy of both builders', () => {
    expect(instructionOf('/bin/sh -c #(nop)  CMD ["node" "index.js"]')).toBe('CMD ["node" "index.js"]');
    expect(instructionOf('/bin/sh -c npm install')).toBe('RUN npm install');
    expect(instructionOf('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit')).toBe('COPY docker-entrypoint.sh /usr/local/bin/');
    expect(instructionOf('RUN /bin/sh -c apk add curl # buildkit')).toBe('RUN apk add curl');
  });
});

describe('registryGroups', () => {
  it('groups what the daemon knows by registry, with pull digests and never-pushed tags', async () => {
    const groups = registryGroups(await getJson<ImageSummary[]>(session, '/images/json', { all: '1' }));
    expect(groups.map((g) => g.title)).toEqual(['Docker Hub (docker.io)', 'localhost:5000']);
    const hub = groups[0].repositories;
    expect(hub.map((r) => r.name)).toEqual(['app', 'hello-world', 'node']);
    expect(hub[0].digests).toEqual([]);
    expect(hub[1]).toMatchObject({ path: 'library/hello-world', tags: [{ tag: 'latest' }] });
    expect(hub[1].digests[0].digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(groups[1].repositories).toMatchObject([{ name: 'localhost:5000/team/app', path: 'team/app', tags: [{ tag: '1.0' }], digests: [] }]);
  });

  it('normalises names as Docker does', () => {
    expect(splitRepository('hello-world')).toEqual({ registry: 'docker.io', path: 'library/hello-world' });
    expect(splitRepository('me/app')).toEqual({ registry: 'docker.io', path: 'me/app' });
    expect(splitRepository('localhost/app')).toEqual({ registry: 'localhost', path: 'app' });
    expect(splitRepository('docker.io/nginx')).toEqual({ registry: 'docker.io', path: 'library/nginx' });
    expect(splitRepository('ghcr.io/o/r')).toEqual({ registry: 'ghcr.io', path: 'o/r' });
  });
});
