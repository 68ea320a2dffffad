/**
 * `postgres`: the PostgreSQL 16 server, as far as it shows from outside: it refuses a
 * data directory initdb has not prepared, logs its start-up (with crash recovery when
 * the last run did not shut down cleanly: its postmaster.pid is still there), and
 * stops on SIGTERM (smart), SIGINT (fast, the image's STOPSIGNAL) or SIGQUIT
 * (immediate, which leaves recovery for the next start). No SQL is served.
 */
import type { ProcessContext, Program, Signal } from '../process/types.ts';
import { postgresTime } from './log-time.ts';
import { lineWriter, serveUntilStopped } from './server.ts';

export const postgresVersion = '16.6 (Debian 16.6-1.pgdg120+1)';

function dataDirectory(ctx: ProcessContext): string | undefined {
  const i = ctx.argv.indexOf('-D');
  return i > 0 ? ctx.argv[i + 1] : ctx.env.PGDATA;
}

export const postgres: Program = async (ctx) => {
  const err = lineWriter(ctx.stderr);
  if (ctx.argv[1] === '--version' || ctx.argv[1] === '-V') {
    ctx.stdout.write(`postgres (PostgreSQL) ${postgresVersion}\n`);
    return 0;
  }
  const pgdata = dataDirectory(ctx);
  if (!pgdata) {
    err(`${ctx.argv[0]} does not know where to find the server configuration file.`);
    err('You must specify the --config-file or -D invocation option or set the PGDATA environment variable.');
    return 2;
  }
  if (!ctx.fs.exists(`${pgdata}/postgresql.conf`)) {
    err(`postgres: could not access the server configuration file "${pgdata}/postgresql.conf": No such file or directory`);
    return 2;
  }
  // Background processes (checkpointer, startup, logical replication launcher) get the next pids.
  const checkpointer = ctx.pid + 26;
  const startup = ctx.pid + 28;
  const launcher = ctx.pid + 31;
  const log = (pid: number, message: string): void => err(`${postgresTime(ctx.clock.now())} [${pid}] LOG:  ${message}`);
  const pidFile = `${pgdata}/postmaster.pid`;
  const control = `${pgdata}/global/pg_control`;
  const lastUp = ctx.fs.exists(control) ? postgresTime(ctx.fs.stat(control).mtime, false) : postgresTime(ctx.clock.now(), false);
  const crashed = ctx.fs.exists(pidFile);

  log(ctx.pid, `starting PostgreSQL ${postgresVersion} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`);
  log(ctx.pid, 'listening on IPv4 address "0.0.0.0", port 5432');
  log(ctx.pid, 'listening on IPv6 address "::", port 5432');
  log(ctx.pid, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  if (crashed) {
    log(startup, `database system was interrupted; last known up at ${lastUp}`);
    log(startup, 'database system was not properly shut down; automatic recovery in progress');
    log(startup, 'redo is not required');
    log(checkpointer, 'checkpoint starting: end-of-recovery immediate wait');
    log(checkpointer, checkpointComplete());
  } else {
    log(startup, `database system was shut down at ${lastUp}`);
  }
  ctx.fs.writeFile(pidFile, `${ctx.pid}\n${pgdata}\n${Math.floor(ctx.clock.now() / 1000)}\n5432\n/var/run/postgresql\n*\n`, { mode: 0o600 });
  log(ctx.pid, 'database system is ready to accept connections');

  const shutdown = (kind: 'smart' | 'fast' | 'immediate') => (_signal: Signal): number => {
    log(ctx.pid, `received ${kind} shutdown request`);
    if (kind === 'immediate') {
      log(ctx.pid, 'database system is shut down');
      return 0;
    }
    if (kind === 'fast') log(ctx.pid, 'aborting any active transactions');
    log(ctx.pid, `background worker "logical replication launcher" (PID ${launcher}) exited with exit code 1`);
    log(checkpointer, 'shutting down');
    log(checkpointer, 'checkpoint starting: shutdown immediate');
    log(checkpointer, checkpointComplete());
    ctx.fs.writeFile(control, new Uint8Array(8192), { mode: 0o600 });
    ctx.fs.rm(pidFile, { force: true });
    log(ctx.pid, 'database system is shut down');
    return 0;
  };
  return serveUntilStopped(ctx, { SIGTERM: shutdown('smart'), SIGINT: shutdown('fast'), SIGQUIT: shutdown('immediate') });
};

function checkpointComplete(): string {
  return 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.002 s, sync=0.001 s, total=0.008 s; sync files=2, longest=0.001 s, average=0.001 s; distance=0 kB, estimate=0 kB; lsn=0/1913C58, redo lsn=0/1913C58';
}
