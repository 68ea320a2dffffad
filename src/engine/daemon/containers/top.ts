/**
 * `GET /containers/{id}/top` (docker top): the container's processes as the host's
 * `ps -ef` shows them — host PIDs, user names from the container's /etc/passwd, start
 * time, command line. A process whose parent is outside the container (PID 1) has PPID 0
 * here: the simulator runs no containerd-shim to be its parent.
 */
import { conflict } from '../../errdefs.ts';
import type { DaemonContext } from '../context.ts';

function userName(passwd: string, uid: number): string {
  const entry = passwd.split('\n').find((line) => line.split(':')[2] === String(uid));
  return entry ? entry.split(':')[0] : String(uid);
}

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

export function containerTop(ctx: DaemonContext, ref: string): { Titles: string[]; Processes: string[][] } {
  const container = ctx.containers.get(ref);
  if (!container.isRunning || !container.process) throw conflict(`container ${container.id} is not running`);
  let passwd = '';
  try {
    passwd = container.fs.readText('/etc/passwd');
  } catch {
    // No passwd file (scratch images): numeric user IDs, as ps shows them.
  }
  const list = container.process.group.list();
  const hostPidOf = new Map(list.map((p) => [p.pid, p.hostPid ?? p.pid]));
  return {
    Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    Processes: list.map((p) => [
      userName(passwd, p.uid),
      String(p.hostPid ?? p.pid),
      String(hostPidOf.get(p.ppid) ?? 0),
      '0',
      hhmm(p.startedAt),
      container.config.Tty ? 'pts/0' : '?',
      '00:00:00',
      p.argv.join(' '),
    ]),
  };
}
