import { describe, expect, test } from 'vitest';
import { gosu } from '../../../src/engine/programs/gosu.ts';
import { placeholderBinary } from '../../../src/engine/process/types.ts';
import { makeRootfs, sh } from './fixture.ts';

// The userland features the official images' entrypoint scripts rely on.
describe('coreutils and builtins the image entrypoints use', () => {
  test('find -print -quit prints the first match and stops, so `| read v` tells whether a directory has files', async () => {
    const r = await sh('mkdir /d && touch /d/a /d/b && find /d/ -mindepth 1 -maxdepth 1 -type f -print -quit; find /e -type f -print -quit 2>/dev/null | read v; echo $?');
    expect(r.stdout).toBe('/d/a\n1\n');
  });

  test('find -follow walks through a symlinked directory and -type f sees the files behind links', async () => {
    const r = await sh('mkdir -p /real /d && touch /real/x.sh && ln -s /real /d/link && find /d/ -follow -type f -print');
    expect(r.stdout).toBe('/d/link/x.sh\n');
  });

  test('find ! -user NAME -exec chown NAME {} + gives every file not owned by the user to it', async () => {
    const r = await sh("mkdir /data && touch /data/f && find /data \\! -user nobody -exec chown nobody '{}' + && find /data -user nobody | sort && ls -l /data");
    expect(r.stdout).toBe('/data\n/data/f\ntotal 0\n-rw-r--r--    1 nobody   root             0 Nov 30 10:04 f\n');
  });

  test('find -o, parentheses, -name and -exec … \\; combine as in find(1)', async () => {
    const r = await sh("mkdir /d && touch /d/a.sh /d/b.envsh /d/c.txt && find /d \\( -name '*.sh' -o -name '*.envsh' \\) -exec echo found {} \\;");
    expect(r.stdout).toBe('found /d/a.sh\nfound /d/b.envsh\n');
  });

  test('find rejects an unknown primary the busybox way', async () => {
    const r = await sh('find / -frobnicate; echo $?');
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toBe('find: unrecognized: -frobnicate\n');
  });

  test('umask shows 0022, sets an octal mask, and -S shows it symbolically', async () => {
    const r = await sh('umask; um="$(umask)"; [ "$um" = 0022 ] && umask 0077; umask; umask -S');
    expect(r.stdout).toBe('0022\n0077\nu=rwx,g=,o=\n');
  });

  test('chmod accepts octal modes with leading zeros (00700, 03775)', async () => {
    const r = await sh('mkdir /d /r && chmod 00700 /d && chmod 03775 /r && ls -ld /d /r; chmod 17777 /d; echo $?');
    expect(r.stdout).toMatch(/^drwx------ .* \/d\ndrwxrwxr-x .* \/r\n1\n$/);
    expect(r.stderr).toBe("chmod: invalid mode '17777'\n");
  });

  test('sort -V orders version-like names numerically (2 before 10)', async () => {
    const r = await sh("printf '10-b.sh\\n2-a.sh\\n1.10\\n1.9\\n' | sort -V");
    expect(r.stdout).toBe('1.9\n1.10\n2-a.sh\n10-b.sh\n');
  });

  test('env execs its command in place, so `#!/usr/bin/env sh` scripts keep their pid', async () => {
    const r = await sh("printf '#!/bin/env sh\\necho $$\\n' > /s && chmod +x /s && exec /s");
    expect(r.stdout).toBe('1\n');
  });

  test('chown takes user:group names from /etc/passwd and /etc/group, and refuses unknown ones', async () => {
    const r = await sh('touch /f && chown bin:wheel /f && ls -l /f; chown nosuch /f; echo $?');
    expect(r.stdout).toMatch(/ bin {6}wheel .* \/f\n1\n$/);
    expect(r.stderr).toBe('chown: unknown user/group nosuch\n');
  });

  test('gosu switches user for real: id -u inside prints the new uid, and the user cannot switch back', async () => {
    const fs = makeRootfs();
    fs.writeFile('/usr/local/bin/gosu', placeholderBinary('gosu'), { mode: 0o755 });
    const r = await sh('gosu nobody id -u; gosu nobody gosu root true', { fs, extra: { gosu } });
    expect(r.stdout).toBe('65534\n');
    expect(r.stderr).toBe('error: failed switching to "root": operation not permitted\n');
  });
});
