import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/engine/programs/registry.ts';
import { registry2 } from '../../../src/engine/registry/hub/registry.ts';
import { imageFs } from '../hub/image-tree.ts';
import { flush, runProgram } from './fake-context.ts';

const serve = ['registry', 'serve', '/etc/docker/registry/config.yml'];

describe('registry', () => {
  it('serve logs the Distribution start-up lines in logrus text format, ending with listening on [::]:5000', async () => {
    const run = runProgram(registry, { argv: serve, fs: imageFs(registry2) });
    await flush();
    const lines = run.stderr().trimEnd().split('\n');
    const fields = / go\.version=go1\.20\.8 instance\.id=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} service=registry version=v2\.8\.3 ?$/;
    expect(lines.map((line) => line.replace(fields, ''))).toEqual([
      'time="2026-11-30T10:04:05.123000000Z" level=warning msg="No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable."',
      'time="2026-11-30T10:04:05.123000000Z" level=info msg="redis not configured"',
      expect.stringMatching(/^time="2026-11-30T10:04:05\.123000000Z" level=info msg="Starting upload purge in \d+m0s"$/),
      'time="2026-11-30T10:04:05.123000000Z" level=info msg="using inmemory blob descriptor cache"',
      'time="2026-11-30T10:04:05.123000000Z" level=info msg="listening on [::]:5000"',
    ]);
  });

  it('stays up while virtual time passes and exits 0 on SIGTERM', async () => {
    const run = runProgram(registry, { argv: serve, fs: imageFs(registry2) });
    await flush();
    run.clock.advance(3_600_000);
    await flush();
    expect(run.running()).toBe(true);
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('msg="stopping server gracefully. Draining connections for 0s"');
  });

  it('reports a missing configuration file and exits 1', async () => {
    const run = runProgram(registry, { argv: ['registry', 'serve', '/nope.yml'], fs: imageFs(registry2) });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('configuration error: open /nope.yml: no such file or directory\n');
  });

  it('--version names the release', async () => {
    const run = runProgram(registry, { argv: ['registry', '--version'], fs: imageFs(registry2) });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toBe('registry github.com/docker/distribution v2.8.3\n');
  });
});
