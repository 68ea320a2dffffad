import { describe, expect, it } from 'vitest';
import { initdb } from '../../../src/engine/programs/initdb.ts';
import { postgres } from '../../../src/engine/programs/postgres.ts';
import { postgres16 } from '../../../src/engine/registry/hub/postgres.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';
import { imageFs } from '../hub/image-tree.ts';
import { flush, runProgram, startTime } from './fake-context.ts';

const env = { PGDATA: '/var/lib/postgresql/data', LANG: 'en_US.utf8' };

async function initialised(clock = new VirtualClock(startTime)) {
  const fs = imageFs(postgres16, clock);
  const run = runProgram(initdb, { argv: ['initdb', '--username=postgres', '--pwfile=/tmp/pwfile'], env, fs, clock, uid: 999 });
  expect(await run.exited).toBe(0);
  return { fs, clock, run };
}

describe('initdb', () => {
  it("prints initdb's report, owned by the data directory's user, and creates PG_VERSION", async () => {
    const { fs, run } = await initialised();
    expect(run.stdout()).toContain('The files belonging to this database system will be owned by user "postgres".\n');
    expect(run.stdout()).toContain('The database cluster will be initialized with locale "en_US.utf8".\n');
    expect(run.stdout()).toContain('fixing permissions on existing directory /var/lib/postgresql/data ... ok\n');
    expect(run.stdout()).toContain('Success. You can now start the database server using:\n\n    pg_ctl -D /var/lib/postgresql/data -l logfile start\n\n');
    expect(run.stderr()).toBe('initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n');
    expect(fs.readText('/var/lib/postgresql/data/PG_VERSION')).toBe('16\n');
  });

  it('refuses a data directory that is not empty', async () => {
    const { fs, clock } = await initialised();
    const again = runProgram(initdb, { argv: ['initdb'], env, fs, clock });
    expect(await again.exited).toBe(1);
    expect(again.stderr()).toContain('initdb: error: directory "/var/lib/postgresql/data" exists but is not empty\n');
  });
});

describe('postgres', () => {
  it('refuses to start on a data directory initdb has not prepared', async () => {
    const run = runProgram(postgres, { argv: ['postgres'], env, fs: imageFs(postgres16) });
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toBe('postgres: could not access the server configuration file "/var/lib/postgresql/data/postgresql.conf": No such file or directory\n');
  });

  it('logs its start-up and is ready to accept connections', async () => {
    const { fs, clock } = await initialised();
    clock.advance(1_000);
    const run = runProgram(postgres, { argv: ['postgres'], env, fs, clock });
    await flush();
    expect(run.stderr().trimEnd().split('\n')).toEqual([
      '2026-11-30 10:04:06.123 UTC [1] LOG:  starting PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '2026-11-30 10:04:06.123 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '2026-11-30 10:04:06.123 UTC [1] LOG:  listening on IPv6 address "::", port 5432',
      '2026-11-30 10:04:06.123 UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '2026-11-30 10:04:06.123 UTC [29] LOG:  database system was shut down at 2026-11-30 10:04:05 UTC',
      '2026-11-30 10:04:06.123 UTC [1] LOG:  database system is ready to accept connections',
    ]);
    clock.advance(3_600_000);
    await flush();
    expect(run.running()).toBe(true);
  });

  it('on SIGINT (the image STOPSIGNAL) performs a fast shutdown and exits 0', async () => {
    const { fs, clock } = await initialised();
    const run = runProgram(postgres, { argv: ['postgres'], env, fs, clock });
    await flush();
    const before = run.stderr().length;
    run.signal('SIGINT');
    expect(await run.exited).toBe(0);
    const lines = run.stderr().slice(before).trimEnd().split('\n').map((line) => line.replace(/^.* UTC /, ''));
    expect(lines[0]).toBe('[1] LOG:  received fast shutdown request');
    expect(lines[1]).toBe('[1] LOG:  aborting any active transactions');
    expect(lines).toContain('[27] LOG:  shutting down');
    expect(lines[lines.length - 1]).toBe('[1] LOG:  database system is shut down');
    expect(fs.exists('/var/lib/postgresql/data/postmaster.pid')).toBe(false);
  });

  it('on SIGTERM performs a smart shutdown', async () => {
    const { fs, clock } = await initialised();
    const run = runProgram(postgres, { argv: ['postgres'], env, fs, clock });
    await flush();
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('[1] LOG:  received smart shutdown request\n');
  });

  it('recovers after a run that was killed rather than stopped', async () => {
    const { fs, clock } = await initialised();
    runProgram(postgres, { argv: ['postgres'], env, fs, clock });
    await flush();
    // SIGKILL: no handler runs, the pid file stays behind.
    const run = runProgram(postgres, { argv: ['postgres'], env, fs, clock });
    await flush();
    expect(run.stderr()).toContain('LOG:  database system was not properly shut down; automatic recovery in progress\n');
    expect(run.stderr()).toContain('LOG:  database system is ready to accept connections\n');
  });
});
