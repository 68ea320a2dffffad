import { describe, expect, it } from 'vitest';
import { findHubImage } from '../../../src/engine/registry/hub/index.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { helloGreeting } from '../../../src/engine/programs/hello.ts';
import { runContainer } from './container-run.ts';

function image(ref: string): ImageSpec {
  const found = findHubImage(`library/${ref}`);
  if (!found) throw new Error(ref);
  return found;
}

// Each image's Entrypoint + Cmd run as PID 1 with the real runtime, shell and scripts.
describe('containers of the hub images, started as Docker starts them', () => {
  it('hello-world prints the greeting and exits 0', async () => {
    const run = runContainer(image('hello-world:latest'));
    expect(await run.settle()).toBe(0);
    expect(run.stdout()).toBe(helloGreeting);
  });

  it('nginx: the entrypoint execs nginx as PID 1, which serves until SIGQUIT and exits 0', async () => {
    const run = runContainer(image('nginx:latest'));
    expect(await run.settle()).toBeUndefined();
    expect(run.stderr()).toContain('[notice] 1#1: start worker processes\n');
    run.process.kill('SIGQUIT');
    expect(await run.settle()).toBe(0);
    expect(run.stderr()).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n');
  });

  it('nginx: the entrypoint finds /docker-entrypoint.d/ not empty and launches its scripts in version order', async () => {
    const run = runContainer(image('nginx:latest'));
    expect(await run.settle()).toBeUndefined();
    const lines = run.stdout().split('\n');
    expect(lines[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(lines).toContain('/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh');
    expect(lines).toContain('/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh');
    expect(lines).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
  });

  it('httpd: httpd-foreground starts Apache in the foreground; SIGWINCH stops it with status 0', async () => {
    const run = runContainer(image('httpd:latest'));
    expect(await run.settle()).toBeUndefined();
    expect(run.stderr()).toContain("AH00094: Command line: 'httpd -D FOREGROUND'\n");
    run.process.kill('SIGWINCH');
    expect(await run.settle()).toBe(0);
  });

  it('registry: the entrypoint turns a config path into `registry serve`, which stops on SIGTERM with status 0', async () => {
    const run = runContainer(image('registry:2'));
    expect(await run.settle()).toBeUndefined();
    expect(run.stderr()).toContain('level=info msg="listening on [::]:5000"');
    run.process.kill('SIGTERM');
    expect(await run.settle()).toBe(0);
  });

  it('postgres without POSTGRES_PASSWORD refuses to initialise, with the official message, and exits 1', async () => {
    const run = runContainer(image('postgres:16'));
    expect(await run.settle()).toBe(1);
    expect(run.stderr()).toContain(
      'Error: Database is uninitialized and superuser password is not specified.\n' +
        '       You must specify POSTGRES_PASSWORD to a non-empty value for the\n' +
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n',
    );
  });

  it('postgres with POSTGRES_PASSWORD runs initdb, completes the init process and accepts connections', async () => {
    const run = runContainer(image('postgres:16'), { env: ['POSTGRES_PASSWORD=secret'] });
    expect(await run.settle()).toBeUndefined();
    expect(run.stdout()).toContain('Success. You can now start the database server using:\n');
    expect(run.stdout()).toContain('\nPostgreSQL init process complete; ready for start up.\n');
    expect(run.stderr()).toMatch(/LOG: {2}database system is ready to accept connections\n$/);
  });

  it('postgres: the bash entrypoint re-runs itself as postgres through gosu, so the server is PID 1 and SIGINT stops it with 0', async () => {
    const run = runContainer(image('postgres:16'), { env: ['POSTGRES_PASSWORD=secret'] });
    expect(await run.settle()).toBeUndefined();
    expect(run.stdout()).toContain('The files belonging to this database system will be owned by user "postgres".\n');
    expect(run.fs.stat('/var/lib/postgresql/data').uid).toBe(999);
    expect(run.stderr()).toContain('UTC [1] LOG:  database system is ready to accept connections\n');
    run.process.kill('SIGINT');
    expect(await run.settle()).toBe(0);
    expect(run.stderr()).toMatch(/LOG: {2}database system is shut down\n$/);
  });
  it('redis: the entrypoint chowns /data to redis, re-runs itself through gosu and sets the umask; docker stop saves and exits 0', async () => {
    const run = runContainer(image('redis:latest'));
    expect(await run.settle()).toBeUndefined();
    expect(run.stderr()).toBe('');
    expect(run.stdout()).toContain('1:M 30 Nov 2026 10:04:05.123 * Ready to accept connections tcp\n');
    expect(run.fs.stat('/data').uid).toBe(999);
    run.process.kill('SIGTERM');
    expect(await run.settle()).toBe(0);
    expect(run.stdout()).toContain('# Redis is now ready to exit, bye bye...\n');
  });

  it('node: the entrypoint runs a command that exists instead of handing it to node', async () => {
    const run = runContainer(image('node:20'), { cmd: ['echo', 'hi'] });
    expect(await run.settle()).toBe(0);
    expect(run.stdout()).toBe('hi\n');
  });
});

describe('docker exec into a running nginx container', () => {
  it('nginx -s reload makes the master reconfigure with new workers, and nginx -s quit stops it with status 0', async () => {
    const run = runContainer(image('nginx:latest'));
    await run.settle();
    const reload = await run.exec(['nginx', '-s', 'reload']);
    expect(reload).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(run.stderr()).toContain('[notice] 1#1: signal 1 (SIGHUP) received, reconfiguring\n');
    expect(run.stderr()).toContain('[notice] 1#1: start worker process 33\n');
    expect(run.stderr()).toContain('[notice] 29#29: gracefully shutting down\n');
    const quit = await run.exec(['nginx', '-s', 'quit']);
    expect(quit.status).toBe(0);
    expect(await run.settle()).toBe(0);
  });
});
