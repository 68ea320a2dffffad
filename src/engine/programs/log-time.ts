/**
 * The timestamp formats servers write in their logs, from the virtual clock, in UTC
 * (containers run with TZ unset, so servers log UTC). Each server has its own format,
 * and a learner who has seen real logs recognises them by it.
 */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function parts(ms: number): { y: number; mo: number; d: number; h: string; mi: string; s: string; milli: string; wd: number } {
  const t = new Date(ms);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth(),
    d: t.getUTCDate(),
    h: pad(t.getUTCHours()),
    mi: pad(t.getUTCMinutes()),
    s: pad(t.getUTCSeconds()),
    milli: pad(t.getUTCMilliseconds(), 3),
    wd: t.getUTCDay(),
  };
}

/** nginx error log: `2026/11/30 10:04:05`. */
export function nginxTime(ms: number): string {
  const p = parts(ms);
  return `${p.y}/${pad(p.mo + 1)}/${pad(p.d)} ${p.h}:${p.mi}:${p.s}`;
}

/** Redis: `30 Nov 2026 10:04:05.123`. */
export function redisTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.d)} ${months[p.mo]} ${p.y} ${p.h}:${p.mi}:${p.s}.${p.milli}`;
}

/** Apache error log: `Mon Nov 30 10:04:05.123000 2026` (microseconds; the clock has milliseconds). */
export function apacheTime(ms: number): string {
  const p = parts(ms);
  return `${days[p.wd]} ${months[p.mo]} ${pad(p.d)} ${p.h}:${p.mi}:${p.s}.${p.milli}000 ${p.y}`;
}

/** PostgreSQL `log_line_prefix` `%m`: `2026-11-30 10:04:05.123 UTC`; without milliseconds for `%t`-style times. */
export function postgresTime(ms: number, withMillis = true): string {
  const p = parts(ms);
  const date = `${p.y}-${pad(p.mo + 1)}-${pad(p.d)} ${p.h}:${p.mi}:${p.s}`;
  return withMillis ? `${date}.${p.milli} UTC` : `${date} UTC`;
}

/** logrus / Go RFC 3339 with nanoseconds: `2026-11-30T10:04:05.123000000Z`. */
export function logrusTime(ms: number): string {
  const p = parts(ms);
  return `${p.y}-${pad(p.mo + 1)}-${pad(p.d)}T${p.h}:${p.mi}:${p.s}.${p.milli}000000Z`;
}

/** Seconds since the epoch, as Redis's signal handler prints them. */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
