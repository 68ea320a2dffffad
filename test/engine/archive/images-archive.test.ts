import { describe, expect, it } from 'vitest';
import { makeEngine, type TestEngine } from '../daemon/fixtures.ts';
import { readTar } from '../../../src/engine/layer/tar.ts';
import type { JsonMessage } from '../../../src/engine/api/types.ts';

async function collect(messages?: AsyncIterable<JsonMessage>): Promise<JsonMessage[]> {
  const out: JsonMessage[] = [];
  for await (const m of messages ?? []) out.push(m);
  return out;
}

async function imageId(e: TestEngine, name: string): Promise<string> {
  return ((await e.call('GET', `/images/${name}/json`)).body as { Id: string }).Id;
}

describe('docker save (GET /images/get)', () => {
  it('writes v28 OCI layout: oci-layout, index.json, blobs/sha256 and manifest.json', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const res = await e.call('GET', '/images/get', { query: { names: 'alpine' } });
    expect(res.headers['Content-Type']).toBe('application/x-tar');
    const entries = readTar(res.body as Uint8Array);
    const paths = entries.map((x) => x.path);
    expect(paths.slice(0, 2)).toEqual(['blobs', 'blobs/sha256']);
    expect(paths).toEqual(expect.arrayContaining(['index.json', 'manifest.json', 'oci-layout', 'repositories']));
    const read = (p: string) => JSON.parse(new TextDecoder().decode(entries.find((x) => x.path === p)!.data));
    const [manifest] = read('manifest.json');
    const id = await imageId(e, 'alpine');
    expect(manifest.RepoTags).toEqual(['alpine:latest']);
    expect(manifest.Config).toBe(`blobs/sha256/${id.slice(7)}`);
    const index = read('index.json');
    expect(index.manifests[0].annotations).toEqual({ 'io.containerd.image.name': 'docker.io/library/alpine:latest', 'org.opencontainers.image.ref.name': 'latest' });
    expect(read('oci-layout')).toEqual({ imageLayoutVersion: '1.0.0' });
  });

  it('answers 404 for an unknown image', async () => {
    const e = await makeEngine();
    expect((await e.call('GET', '/images/get', { query: { names: 'nope' } })).status).toBe(404);
  });
});

describe('docker load (POST /images/load)', () => {
  it('save, rmi, load gives back the same image ID and tag, streaming Loaded image', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const before = await imageId(e, 'alpine');
    const tar = (await e.call('GET', '/images/get', { query: { names: 'alpine' } })).body as Uint8Array;
    expect((await e.call('DELETE', '/images/alpine')).status).toBe(200);
    expect((await e.call('GET', '/images/alpine/json')).status).toBe(404);
    const res = await e.call('POST', '/images/load', { body: tar });
    expect(await collect(res.messages)).toEqual([{ stream: 'Loaded image: alpine:latest\n' }]);
    expect(await imageId(e, 'alpine')).toBe(before);
  });

  it('an untagged image loads as Loaded image ID', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const id = await imageId(e, 'alpine');
    const tar = (await e.call('GET', '/images/get', { query: { names: id } })).body as Uint8Array;
    const res = await e.call('POST', '/images/load', { body: tar });
    expect(await collect(res.messages)).toEqual([{ stream: `Loaded image ID: ${id}\n` }]);
  });

  it('a multi-image archive of a built image keeps every layer', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    const c = await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'echo hi > /hi; sleep 100'] });
    await e.elapse(10);
    await e.call('POST', '/commit', { query: { container: c, repo: 'mine', tag: 'v1' } });
    const id = await imageId(e, 'mine:v1');
    const tar = (await e.call('GET', '/images/get', { query: { names: ['mine:v1', 'alpine'] } as never })).body as Uint8Array;
    await e.call('DELETE', '/images/mine:v1');
    const res = await e.call('POST', '/images/load', { body: tar });
    expect((await collect(res.messages)).map((m) => m.stream)).toEqual(['Loaded image: mine:v1\n', 'Loaded image: alpine:latest\n']);
    expect(await imageId(e, 'mine:v1')).toBe(id);
  });

  it('refuses a body that is not an image archive', async () => {
    const e = await makeEngine();
    expect((await e.call('POST', '/images/load', { body: new Uint8Array(1024) })).status).toBe(400);
  });
});

describe('docker import (POST /images/create?fromSrc=-)', () => {
  it('export then import gives a one-layer image whose containers see the same files', async () => {
    const e = await makeEngine({ images: ['alpine'] });
    await e.run({ Image: 'alpine', Cmd: ['sh', '-c', 'echo kept > /root/mine; sleep 100'] }, 'web');
    await e.elapse(10);
    const tar = (await e.call('GET', '/containers/web/export')).body as Uint8Array;
    const res = await e.call('POST', '/images/create', { query: { fromSrc: '-', repo: 'myimage', tag: '1' }, body: tar });
    const [status] = await collect(res.messages);
    expect(status.status).toMatch(/^sha256:[0-9a-f]{64}$/);
    const history = (await e.call('GET', '/images/myimage:1/history')).body as { Comment: string }[];
    expect(history).toHaveLength(1);
    expect(history[0].Comment).toBe('Imported from -');
    const id = await e.run({ Image: 'myimage:1', Cmd: ['sleep', '100'] });
    expect(e.daemon.containers.get(id).procFs!.readText('/root/mine')).toBe('kept\n');
  });
});

describe('docker import of something that is not a tar', () => {
  it('fails as the tar reader does, creating no image', async () => {
    const e = await makeEngine();
    const res = await e.call('POST', '/images/create', { query: { fromSrc: '-' }, body: new TextEncoder().encode('v\n') });
    expect(res).toMatchObject({ status: 400, body: { message: 'unexpected EOF' } });
    expect(e.daemon.images.images.all()).toHaveLength(0);
  });
});
