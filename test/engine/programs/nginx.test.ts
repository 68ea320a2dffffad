import { describe, expect, it } from 'vitest';
import { nginx } from '../../../src/engine/programs/nginx.ts';
import { nginxAlpine, nginxLatest } from '../../../src/engine/registry/hub/nginx.ts';
import { imageFs } from '../hub/image-tree.ts';
import { flush, runProgram } from './fake-context.ts';

const daemonOff = ['nginx', '-g', 'daemon off;'];

describe('nginx', () => {
  it("with -g 'daemon off;' writes the start-up notices to stderr, one worker per CPU, stamped with the virtual clock", async () => {
    const run = runProgram(nginx, { argv: daemonOff, fs: imageFs(nginxLatest) });
    await flush();
    expect(run.stderr()).toBe(
      [
        '2026/11/30 10:04:05 [notice] 1#1: using the "epoll" event method',
        '2026/11/30 10:04:05 [notice] 1#1: nginx/1.27.3',
        '2026/11/30 10:04:05 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ',
        '2026/11/30 10:04:05 [notice] 1#1: OS: Linux 6.10.14-linuxkit',
        '2026/11/30 10:04:05 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
        '2026/11/30 10:04:05 [notice] 1#1: start worker processes',
        '2026/11/30 10:04:05 [notice] 1#1: start worker process 29',
        '2026/11/30 10:04:05 [notice] 1#1: start worker process 30',
        '2026/11/30 10:04:05 [notice] 1#1: start worker process 31',
        '2026/11/30 10:04:05 [notice] 1#1: start worker process 32',
        '',
      ].join('\n'),
    );
    expect(run.stdout()).toBe('');
  });

  it('names the Alpine compiler in the alpine image', async () => {
    const run = runProgram(nginx, { argv: daemonOff, fs: imageFs(nginxAlpine) });
    await flush();
    expect(run.stderr()).toContain('[notice] 1#1: built by gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) \n');
  });

  it('stays up while virtual time passes', async () => {
    const run = runProgram(nginx, { argv: daemonOff, fs: imageFs(nginxLatest) });
    await flush();
    run.clock.advance(3_600_000);
    await flush();
    expect(run.running()).toBe(true);
  });

  it('on SIGQUIT (the image STOPSIGNAL) shuts its workers down gracefully and exits 0', async () => {
    const run = runProgram(nginx, { argv: daemonOff, fs: imageFs(nginxLatest) });
    await flush();
    run.clock.advance(55_000);
    const before = run.stderr().length;
    run.signal('SIGQUIT');
    expect(await run.exited).toBe(0);
    const lines = run.stderr().slice(before).trimEnd().split('\n');
    expect(lines[0]).toBe('2026/11/30 10:05:00 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(lines).toContain('2026/11/30 10:05:00 [notice] 29#29: gracefully shutting down');
    expect(lines).toContain('2026/11/30 10:05:00 [notice] 29#29: exiting');
    expect(lines).toContain('2026/11/30 10:05:00 [notice] 29#29: exit');
    expect(lines).toContain('2026/11/30 10:05:00 [notice] 1#1: worker process 32 exited with code 0');
    expect(lines[lines.length - 1]).toBe('2026/11/30 10:05:00 [notice] 1#1: exit');
  });

  it('on SIGTERM exits at once, without the graceful phase, with status 0', async () => {
    const run = runProgram(nginx, { argv: daemonOff, fs: imageFs(nginxLatest) });
    await flush();
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('[notice] 1#1: signal 15 (SIGTERM) received, exiting\n');
    expect(run.stderr()).not.toContain('gracefully');
  });

  it('honours worker_processes from nginx.conf', async () => {
    const fs = imageFs(nginxLatest);
    fs.writeFile('/etc/nginx/nginx.conf', fs.readText('/etc/nginx/nginx.conf').replace('worker_processes  auto;', 'worker_processes  1;'));
    const run = runProgram(nginx, { argv: daemonOff, fs });
    await flush();
    expect(run.stderr().match(/start worker process \d+/g)).toEqual(['start worker process 29']);
  });

  it('-v prints the version to stderr', async () => {
    const run = runProgram(nginx, { argv: ['nginx', '-v'], fs: imageFs(nginxLatest) });
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toBe('nginx version: nginx/1.27.3\n');
  });

  it('-t checks the configuration file and reports success', async () => {
    const run = runProgram(nginx, { argv: ['nginx', '-t'], fs: imageFs(nginxLatest) });
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toBe('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
  });

  it('-t fails with the real [emerg] when nginx.conf is missing', async () => {
    const fs = imageFs(nginxLatest);
    fs.unlink('/etc/nginx/nginx.conf');
    const run = runProgram(nginx, { argv: ['nginx', '-t'], fs });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('nginx: [emerg] open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)\nnginx: configuration file /etc/nginx/nginx.conf test failed\n');
  });

  it('without daemon off detaches: the foreground process exits 0 at once', async () => {
    const run = runProgram(nginx, { argv: ['nginx'], fs: imageFs(nginxLatest) });
    expect(await run.exited).toBe(0);
  });

  it('on SIGHUP reloads: new workers start, the old ones shut down gracefully, the master stays up', async () => {
    const run = runProgram(nginx, { argv: daemonOff, fs: imageFs(nginxLatest) });
    await flush();
    const before = run.stderr().length;
    run.signal('SIGHUP');
    await flush();
    const lines = run.stderr().slice(before).trimEnd().split('\n').map((line) => line.slice(20));
    expect(lines.slice(0, 8)).toEqual([
      '[notice] 1#1: signal 1 (SIGHUP) received, reconfiguring',
      '[notice] 1#1: reconfiguring',
      '[notice] 1#1: using the "epoll" event method',
      '[notice] 1#1: start worker processes',
      '[notice] 1#1: start worker process 33',
      '[notice] 1#1: start worker process 34',
      '[notice] 1#1: start worker process 35',
      '[notice] 1#1: start worker process 36',
    ]);
    expect(lines).toContain('[notice] 1#1: worker process 29 exited with code 0');
    expect(run.running()).toBe(true);
  });

  it('writes its pid to /var/run/nginx.pid while it runs, for nginx -s', async () => {
    const fs = imageFs(nginxLatest);
    const run = runProgram(nginx, { argv: daemonOff, fs, pid: 1 });
    await flush();
    expect(fs.readText('/var/run/nginx.pid')).toBe('1\n');
    run.signal('SIGQUIT');
    await run.exited;
    expect(fs.exists('/var/run/nginx.pid')).toBe(false);
  });

  it('-s reload without a running master reports the missing pid file', async () => {
    const run = runProgram(nginx, { argv: ['nginx', '-s', 'reload'], fs: imageFs(nginxLatest) });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('nginx: [error] open() "/var/run/nginx.pid" failed (2: No such file or directory)\n');
  });
});
