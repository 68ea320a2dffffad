import { describe, expect, test } from 'vitest';
import { resolveExecutable } from '../../../src/engine/process/resolve.ts';
import { startProcess } from '../../../src/engine/process/runtime.ts';
import { placeholderBinary } from '../../../src/engine/process/types.ts';
import { drive, makeRootfs, processOptions, runArgv, sh } from '../shell/fixture.ts';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('exec resolution', () => {
  test('resolveExecutable searches PATH, follows symlinks and names the placeholder program', () => {
    const fs = makeRootfs();
    expect(resolveExecutable(fs, 'ls', { PATH: '/usr/bin:/bin' })).toEqual({ ok: true, path: '/bin/ls', program: 'busybox' });
    expect(resolveExecutable(fs, 'nope', { PATH: '/bin' })).toEqual({ ok: false, reason: 'not-found' });
    expect(resolveExecutable(fs, '/bin', {})).toMatchObject({ ok: false, reason: 'is-directory' });
    fs.writeFile('/tmp/data', 'x', { mode: 0o644 });
    expect(resolveExecutable(fs, '/tmp/data', {})).toMatchObject({ ok: false, reason: 'permission-denied' });
    fs.writeFile('/tmp/blob', 'binary', { mode: 0o755 });
    expect(resolveExecutable(fs, 'blob', { PATH: '/tmp' })).toMatchObject({ ok: false, reason: 'no-program' });
  });

  test('a #! script resolves to its interpreter', () => {
    const fs = makeRootfs();
    fs.writeFile('/usr/local/bin/hello', '#!/bin/sh -e\necho hi\n', { mode: 0o755 });
    expect(resolveExecutable(fs, 'hello', { PATH: '/usr/local/bin' })).toEqual({ ok: true, path: '/usr/local/bin/hello', program: 'busybox', interpreter: ['/bin/sh', '-e'] });
  });

  test('a shebang script on PATH runs with its arguments', async () => {
    const fs = makeRootfs();
    fs.writeFile('/usr/local/bin/greet', '#!/bin/sh\necho "hello $1 from $0"\n', { mode: 0o755 });
    const r = await sh('greet you', { fs });
    expect(r).toMatchObject({ status: 0, stdout: 'hello you from /usr/local/bin/greet\n' });
  });

  test('sh script.sh runs a file; errors name the script and line', async () => {
    const fs = makeRootfs();
    fs.writeFile('/tmp/s.sh', 'echo one\nmissing\n');
    const r = await runArgv(['sh', '/tmp/s.sh'], { fs });
    expect(r).toMatchObject({ status: 127, stdout: 'one\n', stderr: '/tmp/s.sh: line 2: missing: not found\n' });
  });

  test('a file without execute permission gives "Permission denied" and 126', async () => {
    const fs = makeRootfs();
    fs.writeFile('/tmp/x.sh', 'echo hi\n', { mode: 0o644 });
    const r = await sh('/tmp/x.sh', { fs });
    expect(r).toMatchObject({ status: 126, stderr: 'sh: /tmp/x.sh: Permission denied\n' });
  });

  test('a placeholder without an implementation says so and exits 126', async () => {
    const fs = makeRootfs();
    fs.writeFile('/usr/local/bin/node', placeholderBinary('node'), { mode: 0o755, declaredSize: 90_000_000 });
    const r = await sh('node -e 1', { fs });
    expect(r).toMatchObject({ status: 126, stderr: 'dockyard: node is not simulated yet (placeholder binary)\n' });
  });

  test('busybox dispatches on argv[0] and on its first argument', async () => {
    const r = await sh('/bin/ls -d /tmp; busybox echo via-busybox');
    expect(r.stdout).toBe('/tmp\nvia-busybox\n');
  });
});

describe('signals', () => {
  test('a non-init sleep 100 dies on SIGTERM with 143', async () => {
    const { startOptions, clock } = processOptions(['sleep', '100']);
    const proc = startProcess(startOptions);
    await macrotask();
    clock.advance(1000);
    proc.kill('SIGTERM');
    expect(await proc.exited).toBe(143);
    expect(proc.running).toBe(false);
  });

  test('PID 1 ignores SIGTERM without a handler but dies on SIGKILL with 137', async () => {
    const { startOptions, clock } = processOptions(['sleep', '100'], { init: true });
    const proc = startProcess(startOptions);
    await macrotask();
    proc.kill('SIGTERM');
    clock.advance(10_000);
    await macrotask();
    expect(proc.running).toBe(true);
    proc.kill('SIGKILL');
    expect(await proc.exited).toBe(137);
  });

  test('a killed process never runs the code after its sleep', async () => {
    const { startOptions } = processOptions(['sh', '-c', 'sleep 5; echo after > /tmp/ran']);
    const proc = startProcess(startOptions);
    await macrotask();
    proc.kill('SIGTERM');
    const status = await drive(startOptions.clock, proc);
    expect(status).toBe(143);
    await macrotask();
    expect(startOptions.fs.exists('/tmp/ran')).toBe(false);
  });

  test('a handler installed with onSignal replaces the default action', async () => {
    const { startOptions } = processOptions(['server'], {
      init: true,
      extra: {
        server: async (ctx) => {
          ctx.onSignal('SIGTERM', () => {
            ctx.stdout.write('graceful\n');
            ctx.exit(0);
          });
          return ctx.waitForever();
        },
      },
    });
    const fs = startOptions.fs;
    fs.writeFile('/usr/bin/server', placeholderBinary('server'), { mode: 0o755 });
    const proc = startProcess(startOptions);
    await macrotask();
    proc.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  test('killing the process group stops every descendant', async () => {
    const { startOptions } = processOptions(['sh', '-c', 'sleep 100 & sleep 200']);
    const proc = startProcess(startOptions);
    await macrotask();
    expect(proc.group.list().map((p) => p.argv[0])).toEqual(['sh', 'sleep', 'sleep']);
    proc.group.signalAll('SIGKILL');
    expect(await proc.exited).toBe(137);
    expect(proc.group.size).toBe(0);
  });
});

describe('CPU budget', () => {
  test('an infinite busy loop is stopped with 137 and a message; the engine keeps working', async () => {
    const r = await sh('while true; do :; done');
    expect(r.status).toBe(137);
    expect(r.stderr).toBe('dockyard: sh used its CPU budget without pausing and was stopped\n');
    const after = await sh('echo still fine');
    expect(after.stdout).toBe('still fine\n');
  });

  test('a loop that sleeps runs on as virtual time advances', async () => {
    const { startOptions, stdout, clock } = processOptions(['sh', '-c', 'while true; do echo hi; sleep 1; done']);
    const proc = startProcess(startOptions);
    const status = await drive(clock, proc, 300_000);
    expect(status).toBeUndefined();
    expect(proc.running).toBe(true);
    expect(stdout.text().split('\n').length).toBeGreaterThan(290);
    proc.kill('SIGKILL');
  });
});
