/**
 * Tar bodies from the real client through dockyard serve: `docker cp` both ways,
 * `docker save`/`load` keeping the image ID, `docker export`/`import`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerAvailable, realDocker, type Bridge, startBridge } from './harness.ts';

describe.skipIf(!dockerAvailable)('archives through dockyard serve', () => {
  let bridge: Bridge;
  const dir = mkdtempSync(join(tmpdir(), 'dockyard-archive-'));
  beforeAll(async () => {
    bridge = await startBridge({ seed: 12 });
    await realDocker(bridge, ['pull', 'alpine']);
    await realDocker(bridge, ['run', '-d', '--name', 'box', 'alpine', 'sleep', '1000']);
  });
  afterAll(() => bridge.close());

  it('docker cp copies a host file into a container and a container file out', async () => {
    writeFileSync(join(dir, 'note.txt'), 'from the host\n');
    expect((await realDocker(bridge, ['cp', join(dir, 'note.txt'), 'box:/tmp/'])).code).toBe(0);
    expect((await realDocker(bridge, ['exec', 'box', 'cat', '/tmp/note.txt'])).stdout).toBe('from the host\n');
    expect((await realDocker(bridge, ['cp', 'box:/etc/alpine-release', dir])).code).toBe(0);
    expect(readFileSync(join(dir, 'alpine-release'), 'utf8')).toBe('3.20.3\n');
  });

  it('docker save, rmi and load give back the same image ID', async () => {
    const id = (await realDocker(bridge, ['images', '-q', 'alpine'])).stdout;
    expect((await realDocker(bridge, ['save', '-o', join(dir, 'alpine.tar'), 'alpine'])).code).toBe(0);
    await realDocker(bridge, ['rm', '-f', 'box']);
    expect((await realDocker(bridge, ['rmi', 'alpine'])).code).toBe(0);
    expect(await realDocker(bridge, ['load', '-i', join(dir, 'alpine.tar')])).toEqual({ code: 0, stdout: 'Loaded image: alpine:latest\n', stderr: '' });
    expect((await realDocker(bridge, ['images', '-q', 'alpine'])).stdout).toBe(id);
  });

  it('docker export and import make an image whose containers see the exported files', async () => {
    await realDocker(bridge, ['run', '--name', 'src', 'alpine', 'sh', '-c', 'echo kept > /root/mine']);
    expect((await realDocker(bridge, ['export', '-o', join(dir, 'fs.tar'), 'src'])).code).toBe(0);
    const imported = await realDocker(bridge, ['import', join(dir, 'fs.tar'), 'flat:1']);
    expect(imported.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect((await realDocker(bridge, ['run', '--rm', 'flat:1', 'cat', '/root/mine'])).stdout).toBe('kept\n');
  });
});
