/**
 * The environment and identity a container's processes get, as moby's
 * CreateDaemonEnvironment and runc build them: PATH (unless the image sets it),
 * HOSTNAME, TERM for a tty, then the container's Env, and HOME from the user's passwd entry.
 */
import type { Container } from '../../container/container.ts';
import { envToMap } from '../../container/config.ts';
import type { FileSystem } from '../../fs/types.ts';
import { containerNetOptions } from '../../net/container-net.ts';
import type { DaemonContext } from '../context.ts';

export const defaultPathEnv = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface UserIdentity {
  uid: number;
  gid: number;
  home: string;
}

function passwdEntries(fs: FileSystem): string[][] {
  try {
    return fs.readText('/etc/passwd').split('\n').filter(Boolean).map((line) => line.split(':'));
  } catch {
    return [];
  }
}

/** `root`, `1000`, `node`, `1000:1000`, `app:staff` → ids; unknown names fall back to root's ids with a home of `/`. */
export function resolveUser(fs: FileSystem, user: string | undefined): UserIdentity {
  const [who = '', group] = (user ?? '').split(':');
  const entries = passwdEntries(fs);
  const entry = entries.find((e) => e[0] === who || (who !== '' && e[2] === who)) ?? (who === '' ? entries.find((e) => e[2] === '0') : undefined);
  const uid = entry ? Number(entry[2]) : /^\d+$/.test(who) ? Number(who) : 0;
  let gid = entry ? Number(entry[3]) : uid;
  if (group !== undefined) gid = /^\d+$/.test(group) ? Number(group) : gid;
  return { uid, gid, home: entry?.[5] || (uid === 0 ? '/root' : '/') };
}

/**
 * What every process started in a container shares, PID 1 or exec: its hostname, the
 * user it runs as (resolved in the container's /etc/passwd), the virtual clock, the
 * userland programs, the daemon's PID counter and the container's network.
 */
export function containerProcessBase(ctx: DaemonContext, container: Container, user: string | undefined) {
  const identity = resolveUser(container.fs, user);
  return {
    hostname: container.config.Hostname ?? container.id.slice(0, 12),
    uid: identity.uid,
    gid: identity.gid,
    clock: ctx.clock,
    resolve: ctx.programs,
    pids: ctx.pids,
    ...containerNetOptions(ctx, container.id),
  };
}

export function containerEnv(container: Container, extra: readonly string[] = []): Record<string, string> {
  const env = new Map<string, string>([
    ['PATH', defaultPathEnv],
    ['HOSTNAME', container.config.Hostname ?? container.id.slice(0, 12)],
  ]);
  if (container.config.Tty) env.set('TERM', 'xterm');
  for (const [k, v] of envToMap(container.config.Env)) env.set(k, v);
  for (const [k, v] of envToMap(extra)) env.set(k, v);
  if (!env.has('HOME')) env.set('HOME', resolveUser(container.fs, container.config.User).home);
  return Object.fromEntries(env);
}
