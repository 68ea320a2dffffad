import { describe, expect, test } from 'vitest';
import { runArgv, sh } from './fixture.ts';

describe('exec, scripts and pipelines that end early', () => {
  test('exec "$@" replaces the shell, keeping its pid', async () => {
    const r = await runArgv(['sh', '-c', 'echo $$; exec "$@"; echo never', 'entrypoint', 'sh', '-c', 'echo $$']);
    expect(r).toMatchObject({ status: 0, stdout: '1\n1\n' });
  });

  test('exec with only redirections applies them to the rest of the script', async () => {
    const r = await sh('exec >/tmp/log 2>&1; echo out; ls /nope');
    expect(r.stdout).toBe('');
    expect(r.fs.readText('/tmp/log')).toBe('out\nls: /nope: No such file or directory\n');
  });

  test('exec of a missing program fails with 127', async () => {
    const r = await sh('exec nosuch');
    expect(r).toMatchObject({ status: 127, stderr: 'sh: exec: nosuch: not found\n' });
  });

  test('sh reads its script from stdin when given none', async () => {
    const r = await runArgv(['sh'], { stdin: 'echo from-stdin\nexit 5\n' });
    expect(r).toMatchObject({ status: 5, stdout: 'from-stdin\n' });
  });

  test('an executable text file without #! is run by the shell', async () => {
    const { makeRootfs } = await import('./fixture.ts');
    const fs = makeRootfs();
    fs.writeFile('/tmp/plain', 'echo plain $1\n', { mode: 0o755 });
    const r = await sh('/tmp/plain arg', { fs });
    expect(r.stdout).toBe('plain arg\n');
  });

  test('a writer whose reader has finished stops (SIGPIPE) instead of running forever', async () => {
    const r = await sh('while true; do echo y; done | head -n 1; echo after');
    expect(r).toMatchObject({ status: 0, stdout: 'y\nafter\n', stderr: '' });
  });
});
