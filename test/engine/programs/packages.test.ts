import { describe, expect, it } from 'vitest';
import { findHubImage } from '../../../src/engine/registry/hub/index.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { aptSize } from '../../../src/engine/programs/package-files.ts';
import { pipSize } from '../../../src/engine/programs/pip/index.ts';
import { runContainer } from './container-run.ts';

function image(ref: string): ImageSpec {
  const found = findHubImage(`library/${ref}`);
  if (!found) throw new Error(ref);
  return found;
}

async function run(ref: string, script: string, env: string[] = []) {
  const container = runContainer(image(ref), { cmd: ['sh', '-c', script], env });
  const status = await container.settle();
  return { status, stdout: container.stdout(), stderr: container.stderr(), fs: container.fs };
}

describe('apk on alpine:3.20', () => {
  it('apk add --no-cache curl fetches both indexes, installs curl with its 9 dependencies and leaves no index cache', async () => {
    const r = await run('alpine:3.20', 'apk add --no-cache curl && ls /var/cache/apk | wc -l');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz',
      '(1/10) Installing ca-certificates (20240705-r0)',
      '(2/10) Installing brotli-libs (1.1.0-r2)',
    ]);
    expect(r.stdout).toContain('(10/10) Installing curl (8.11.0-r2)\nExecuting busybox-1.36.1-r29.trigger\nExecuting ca-certificates-20240705-r0.trigger\nOK: 13 MiB in 24 packages\n0\n');
    expect(r.fs.stat('/usr/bin/curl').size).toBe(262_000);
  });

  it('apk update caches the indexes, so a later apk add does not fetch again; installed packages are skipped', async () => {
    const r = await run('alpine:3.20', 'apk update >/dev/null && apk add jq && apk add jq');
    expect(r.stdout).toBe('(1/2) Installing oniguruma (6.9.9-r0)\n(2/2) Installing jq (1.7.1-r0)\nExecuting busybox-1.36.1-r29.trigger\nOK: 8 MiB in 16 packages\nOK: 8 MiB in 16 packages\n');
  });

  it('an unknown package fails with apk\'s error and exit 1', async () => {
    const r = await run('alpine:3.20', 'apk add nosuch');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('ERROR: unable to select packages:\n  nosuch (no such package):\n    required by: world[nosuch]\n');
  });
});

describe('apt-get on debian:bookworm', () => {
  it('without apt-get update no package can be located (exit 100)', async () => {
    const r = await run('debian:bookworm', 'apt-get install -y curl');
    expect(r.status).toBe(100);
    expect(r.stdout).toBe('Reading package lists...\nBuilding dependency tree...\nReading state information...\n');
    expect(r.stderr).toBe('E: Unable to locate package curl\n');
  });

  it('update then install -y curl installs 22 packages with recommends and sets curl up', async () => {
    const r = await run('debian:bookworm', 'apt-get update && apt-get install -y curl');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\n');
    expect(r.stdout).toContain('The following NEW packages will be installed:\n  ca-certificates curl krb5-locales libbrotli1 libcurl4 libgssapi-krb5-2\n');
    expect(r.stdout).toContain('0 upgraded, 22 newly installed, 0 to remove and 0 not upgraded.\n');
    expect(r.stdout).toContain('Setting up curl (7.88.1-10+deb12u8) ...\n');
    expect(r.stderr).toBe('debconf: delaying package configuration, since apt-utils is not installed\n');
    expect(r.fs.readText('/var/lib/dpkg/info/curl.list')).toBe('/.\n/usr/bin/curl\n/usr/share/doc/curl/copyright\n');
  });

  it('without -y it asks and aborts when stdin has no answer', async () => {
    const r = await run('debian:bookworm', 'apt-get update -qq && apt-get install --no-install-recommends curl');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/After this operation, .* of additional disk space will be used\.\nDo you want to continue\? \[Y\/n\] Abort\.\n$/);
  });

  it('on Ubuntu it says its simulated archive is Debian\'s', async () => {
    const r = await run('ubuntu:24.04', 'apt-get update');
    expect(r.status).toBe(100);
    expect(r.stderr).toBe("dockyard: apt-get's simulated archive has Debian 12 (bookworm) packages only; this container runs Ubuntu 24.04.1 LTS\n");
  });

  it('sizes are apt\'s SizeToStr: bytes, one decimal under 100, whole numbers, then the next unit', () => {
    expect([8_808, 55_400, 151_000, 8_792_000, 12_300_000].map(aptSize)).toEqual(['8808 B', '55.4 kB', '151 kB', '8792 kB', '12.3 MB']);
  });
});

describe('pip on python:3.12', () => {
  it('pip install flask collects its tree breadth-first and installs it into site-packages with the console script', async () => {
    const r = await run('python:3.12', 'pip install flask');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['Collecting flask', '  Downloading flask-3.1.0-py3-none-any.whl.metadata (3.1 kB)', 'Collecting Werkzeug>=3.1 (from flask)', '  Downloading werkzeug-3.1.3-py3-none-any.whl.metadata (1.8 kB)']);
    expect(r.stdout).toContain('Collecting MarkupSafe>=2.1.1 (from Werkzeug>=3.1->flask)\n');
    expect(r.stdout).toContain('Successfully installed Jinja2-3.1.4 MarkupSafe-3.0.2 Werkzeug-3.1.3 blinker-1.9.0 click-8.1.7 flask-3.1.0 itsdangerous-2.2.0\n');
    expect(r.stderr).toContain("WARNING: Running pip as the 'root' user");
    expect(r.fs.readText('/usr/local/lib/python3.12/site-packages/flask-3.1.0.dist-info/INSTALLER')).toBe('pip\n');
    expect(r.fs.readText('/usr/local/bin/flask')).toContain('from flask.cli import main');
  });

  it('an unknown project or version fails with pip\'s two ERROR lines', async () => {
    const r = await run('python:3.12', 'pip install nosuch; pip install requests==1.0');
    expect(r.stderr).toBe(
      'ERROR: Could not find a version that satisfies the requirement nosuch (from versions: none)\nERROR: No matching distribution found for nosuch\n' +
        'ERROR: Could not find a version that satisfies the requirement requests==1.0 (from versions: 2.31.0, 2.32.2, 2.32.3)\nERROR: No matching distribution found for requests==1.0\n',
    );
  });

  it('pip install -r requirements.txt reads the file; satisfied requirements are reported', async () => {
    const r = await run('python:3.12', "printf 'six\\n# comment\\n' > /tmp/req.txt && pip install -r /tmp/req.txt >/dev/null 2>&1 && pip install six");
    expect(r.stdout).toBe('Requirement already satisfied: six in /usr/local/lib/python3.12/site-packages (1.16.0)\n');
  });

  it('python --version is the image\'s; running code says plainly that there is no interpreter', async () => {
    const r = await run('python:3.12', "python --version; python3 -c 'print(1)'; echo $?");
    expect(r.stdout).toBe('Python 3.12.7\n126\n');
    expect(r.stderr).toBe('dockyard: python3 cannot run Python code: the simulator has no Python interpreter yet (it runs only `python3 --version` and pip)\n');
  });

  it('sizes follow pip\'s format_size', () => {
    expect([512, 8_458, 102_981, 16_034_245].map(pipSize)).toEqual(['512 bytes', '8.5 kB', '102 kB', '16.0 MB']);
  });
});
