/**
 * `docker build -t app .` of the sample app with the classic builder (DOCKER_BUILDKIT=0)
 * through the live bridge: the real client tars the context and posts it to `/build`.
 * Skipped while the engine has no `/build` route (it answers `page not found`). Virtual
 * time runs 50× faster than real time here: pulling node:18 (~1 GB at the engine's
 * simulated 50 MB/s) would otherwise take 18 real seconds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Daemon } from '../../src/engine/daemon/daemon.ts';
import { sampleApp } from '../../src/sim/host/sample-app.ts';
import { bothClients, dockerAvailable, normalize, type Bridge, startBridge } from './harness.ts';
import { tarOf } from './http-harness.ts';

async function buildRouted(): Promise<boolean> {
  const response = await new Daemon().api.handle({ method: 'POST', path: '/build', body: new Uint8Array(0) });
  return !(response.status === 404 && (response.body as { message?: string } | undefined)?.message === 'page not found');
}

const routed = await buildRouted();
const deprecation = normalize(
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n',
);

describe.skipIf(!dockerAvailable)('docker build through dockyard serve', () => {
  let bridge: Bridge;
  let twin: Daemon;
  let dir: string;
  const context = () => ({ dir, tar: () => tarOf(sampleApp) });
  beforeAll(async () => {
    const start = Date.now();
    bridge = await startBridge({ seed: 3, startTime: start, timeRate: 50 });
    twin = new Daemon({ seed: 3, startTime: start });
    dir = mkdtempSync(join(tmpdir(), 'dockyard-app-'));
    for (const [name, text] of Object.entries(sampleApp)) writeFileSync(join(dir, name), text);
  });
  afterAll(async () => {
    await bridge.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('docker build -t app . uploads the context after the legacy-builder deprecation notice', async () => {
    const { real, ours } = await bothClients(bridge, twin, ['build', '-t', 'app', '.'], context());
    expect(real.stderr.startsWith(deprecation)).toBe(true);
    expect(real.stdout).toMatch(/^Sending build context to Docker daemon {2}\d/);
    if (!routed) {
      expect(real.stderr).toBe(`${deprecation}Error response from daemon: page not found\n`);
      return;
    }
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Step 1/5 : FROM node:18\n');
    expect(real.stdout).toMatch(/Successfully built <short-id>\nSuccessfully tagged app:latest\n$/);
    expect(ours).toEqual(real);
  });

  it.skipIf(!routed)('docker history app lists the build steps', async () => {
    const history = await bothClients(bridge, twin, ['history', 'app']);
    expect(history.real.code).toBe(0);
    expect(history.real.stdout).toContain('CMD ["node" "index.js"]');
    expect(history.ours).toEqual(history.real);
  });
});
