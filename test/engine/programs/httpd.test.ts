import { describe, expect, it } from 'vitest';
import { httpd } from '../../../src/engine/programs/httpd.ts';
import { httpdLatest } from '../../../src/engine/registry/hub/httpd.ts';
import { imageFs } from '../hub/image-tree.ts';
import { flush, runProgram } from './fake-context.ts';

function containerFs() {
  const fs = imageFs(httpdLatest);
  // What Docker writes into every container's /etc/hosts.
  fs.writeFile('/etc/hosts', '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n172.17.0.2\tf00dfeed1234\n');
  return fs;
}

const fqdn = "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message";

describe('httpd', () => {
  it('-DFOREGROUND warns AH00558 twice with the container address, then logs AH00489 and AH00094', async () => {
    const run = runProgram(httpd, { argv: ['httpd', '-DFOREGROUND'], fs: containerFs() });
    await flush();
    expect(run.stderr()).toBe(
      [
        fqdn,
        fqdn,
        '[Mon Nov 30 10:04:05.123000 2026] [mpm_event:notice] [pid 1:tid 140389468571528] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations',
        "[Mon Nov 30 10:04:05.123000 2026] [core:notice] [pid 1:tid 140389468571528] AH00094: Command line: 'httpd -D FOREGROUND'",
        '',
      ].join('\n'),
    );
  });

  it('stays up while virtual time passes', async () => {
    const run = runProgram(httpd, { argv: ['httpd', '-DFOREGROUND'], fs: containerFs() });
    await flush();
    run.clock.advance(600_000);
    await flush();
    expect(run.running()).toBe(true);
  });

  it('on SIGWINCH (the image STOPSIGNAL) shuts down gracefully with AH00492 and exits 0', async () => {
    const run = runProgram(httpd, { argv: ['httpd', '-DFOREGROUND'], fs: containerFs() });
    await flush();
    run.signal('SIGWINCH');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toMatch(/\[mpm_event:notice\] \[pid 1:tid \d+\] AH00492: caught SIGWINCH, shutting down gracefully\n$/);
  });

  it('on SIGTERM shuts down with AH00491 and exits 0', async () => {
    const run = runProgram(httpd, { argv: ['httpd', '-DFOREGROUND'], fs: containerFs() });
    await flush();
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('AH00491: caught SIGTERM, shutting down\n');
  });

  it('falls back to 127.0.0.1 with AH00557 when the hostname does not resolve', async () => {
    const run = runProgram(httpd, { argv: ['httpd', '-DFOREGROUND'], fs: imageFs(httpdLatest), hostname: 'nowhere' });
    await flush();
    expect(run.stderr().split('\n').slice(0, 2)).toEqual(['AH00557: httpd: apr_sockaddr_info_get() failed for nowhere', fqdn.replace('172.17.0.2', '127.0.0.1')]);
  });

  it('-v prints the server version to stdout', async () => {
    const run = runProgram(httpd, { argv: ['httpd', '-v'], fs: containerFs() });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/^Server version: Apache\/2\.4\.62 \(Unix\)\nServer built: {3}/);
  });
});
