import { describe, expect, test } from 'vitest';
import { sh } from './fixture.ts';

describe('file coreutils', () => {
  test('cat concatenates files and reports a missing one busybox-style', async () => {
    const r = await sh('echo a > /tmp/a; echo b > /tmp/b; cat /tmp/a /tmp/b; cat /tmp/none; echo $?');
    expect(r.stdout).toBe('a\nb\n1\n');
    expect(r.stderr).toBe("cat: can't open '/tmp/none': No such file or directory\n");
  });

  test('ls lists names one per line, hides dot files unless -a, and errors per missing path', async () => {
    const r = await sh('mkdir /d && touch /d/b /d/a /d/.h && ls /d && ls -a /d && ls /missing; echo $?');
    expect(r.stdout).toBe('a\nb\n.\n..\n.h\na\nb\n1\n');
    expect(r.stderr).toBe('ls: /missing: No such file or directory\n');
  });

  test('ls -l uses the busybox layout with owners from /etc/passwd', async () => {
    const r = await sh('mkdir /d && echo hello > /d/f && chmod 755 /d/f && ln -s f /d/link && ls -l /d');
    expect(r.stdout).toBe(
      ['total 4', '-rwxr-xr-x    1 root     root             6 Nov 30 10:04 f', 'lrwxrwxrwx    1 root     root             1 Nov 30 10:04 link -> f', ''].join('\n'),
    );
  });

  test('ls -R walks subdirectories', async () => {
    const r = await sh('mkdir -p /d/sub && touch /d/sub/x /d/y && ls -R /d');
    expect(r.stdout).toBe('/d:\nsub\ny\n\n/d/sub:\nx\n');
  });

  test('mkdir -p creates parents; without -p a missing parent is an error', async () => {
    const r = await sh('mkdir -p /a/b/c && ls /a/b; mkdir /x/y; echo $?');
    expect(r.stdout).toBe('c\n1\n');
    expect(r.stderr).toBe("mkdir: can't create directory '/x/y': No such file or directory\n");
  });

  test('rm removes files, needs -r for directories, and -f ignores missing ones', async () => {
    const r = await sh('mkdir /d && touch /d/f && rm /d; rm /nope; rm -f /nope && rm -r /d && ls /d');
    expect(r.stderr).toBe("rm: '/d' is a directory\nrm: can't remove '/nope': No such file or directory\nls: /d: No such file or directory\n");
  });

  test('cp copies files and -r copies trees; mv renames', async () => {
    const r = await sh('mkdir -p /s/in && echo v > /s/in/f && cp -r /s /t && cat /t/in/f && cp /t/in/f /tmp && mv /tmp/f /tmp/g && cat /tmp/g && ls /tmp');
    expect(r.stdout).toBe('v\nv\ng\n');
  });

  test('ln -s makes a symlink that cat follows', async () => {
    const r = await sh('echo target > /tmp/t && ln -s /tmp/t /tmp/l && cat /tmp/l');
    expect(r.stdout).toBe('target\n');
    expect(r.fs.readlink('/tmp/l')).toBe('/tmp/t');
  });

  test('chmod takes octal and symbolic modes', async () => {
    const r = await sh('touch /tmp/f && chmod 600 /tmp/f && chmod u+x,g+r /tmp/f && ls -l /tmp/f');
    expect(r.stdout).toMatch(/^-rwxr-----/);
  });

  test('find filters by -name and -type', async () => {
    const r = await sh('mkdir -p /p/a && touch /p/a/x.txt /p/y.txt /p/z.log && find /p -name "*.txt" && find /p -type d');
    expect(r.stdout).toBe('/p/a/x.txt\n/p/y.txt\n/p\n/p/a\n');
  });

  test('du -sh sums sizes; df shows one overlay filesystem', async () => {
    const r = await sh('mkdir /d && printf "%2000s" x > /d/f && du -sh /d && df -h | head -n 1');
    expect(r.stdout).toBe('8.0K\t/d\nFilesystem                Size      Used Available Use% Mounted on\n');
  });

  test('tee copies stdin to stdout and files', async () => {
    const r = await sh('echo hi | tee /tmp/t1 /tmp/t2');
    expect(r.stdout).toBe('hi\n');
    expect(r.fs.readText('/tmp/t2')).toBe('hi\n');
  });

  test('cd changes directory, cd - returns, and a missing directory fails', async () => {
    const r = await sh('cd /tmp && pwd && cd / && cd - && cd /nope; echo $?');
    expect(r.stdout).toBe('/tmp\n/tmp\n2\n');
    expect(r.stderr).toBe("sh: cd: can't cd to /nope: No such file or directory\n");
  });
});
