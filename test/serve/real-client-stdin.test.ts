/**
 * Stdin over the hijacked connection: the real client writes piped input after the
 * 101 UPGRADED head and half-closes at EOF; the bridge hands those bytes to the engine
 * (attach body / exec start `stdin`). Plus a start failure under `--rm`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Daemon } from '../../src/engine/daemon/daemon.ts';
import { dockerAvailable, ourDocker, realDocker, type Bridge, startBridge } from './harness.ts';

describe.skipIf(!dockerAvailable)('stdin through dockyard serve', () => {
  let bridge: Bridge;
  beforeAll(async () => {
    bridge = await startBridge({ seed: 11 });
    await realDocker(bridge, ['pull', 'alpine']);
  });
  afterAll(() => bridge.close());

  it('docker run -i pipes stdin into the container and ends at EOF', async () => {
    const real = await realDocker(bridge, ['run', '-i', '--rm', 'alpine', 'sh', '-c', 'cat; echo done'], { input: 'piped\nlines\n', timeoutMs: 10_000 });
    expect(real).toEqual({ code: 0, stdout: 'piped\nlines\ndone\n', stderr: '' });
  });

  it('docker exec -i pipes stdin into the exec process', async () => {
    const run = await realDocker(bridge, ['run', '-d', '--name', 'box', 'alpine', 'sleep', '100']);
    expect(run.code).toBe(0);
    const real = await realDocker(bridge, ['exec', '-i', 'box', 'wc', '-l'], { input: 'a\nb\nc\n', timeoutMs: 10_000 });
    expect(real.code).toBe(0);
    expect(real.stdout.trim()).toBe('3');
    await realDocker(bridge, ['rm', '-f', 'box']);
  });

  it('a missing command fails docker run with 127 and the OCI runtime message', async () => {
    const real = await realDocker(bridge, ['run', 'alpine', 'nosuchcmd']);
    expect(real.code).toBe(127);
    expect(real.stderr).toContain('exec: "nosuchcmd": executable file not found in $PATH: unknown');
    const twin = new Daemon({ seed: 11 });
    await ourDocker(twin, ['pull', 'alpine']);
    expect((await ourDocker(twin, ['run', 'alpine', 'nosuchcmd'])).stderr).toBe(real.stderr);
  });

  // dockerd removes an AutoRemove container whose start failed, so the client's
  // wait?condition=removed returns and the client exits 127; the engine does the same.
  it('docker run --rm of a missing command exits 127 instead of waiting forever for the removal', async () => {
    const real = await realDocker(bridge, ['run', '--rm', 'alpine', 'nosuchcmd'], { timeoutMs: 3000 });
    expect(real.code).toBe(127);
  });
});
