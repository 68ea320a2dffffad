/**
 * Formatting shared by ls, du, df, date and id: mode strings (`drwxr-xr-x`), human
 * sizes (`4.0K`), ls dates (`Nov 30 10:04`, or the year when older than six months),
 * and user/group names from /etc/passwd and /etc/group.
 */
import type { Stat } from '../../fs/types.ts';
import type { ProcessContext } from '../../process/types.ts';

export function modeString(stat: Stat): string {
  const type = stat.type === 'dir' ? 'd' : stat.type === 'symlink' ? 'l' : '-';
  let bits = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const m = (stat.mode >> shift) & 7;
    bits += (m & 4 ? 'r' : '-') + (m & 2 ? 'w' : '-') + (m & 1 ? 'x' : '-');
  }
  return type + bits;
}

/** busybox human sizes: 1023, 1.0K, 4.0K, 12.3M. */
export function formatSize(bytes: number): string {
  const units = ['', 'K', 'M', 'G', 'T'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return String(bytes);
  return `${value < 10 ? value.toFixed(1) : Math.round(value)}${units[unit]}`;
}

export const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number) => String(n).padStart(2, '0');

export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const recent = Math.abs(now - mtime) < 182 * 24 * 3600_000;
  const tail = recent ? `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : ` ${d.getUTCFullYear()}`;
  return `${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${tail}`;
}

/** The name for a uid/gid from /etc/passwd or /etc/group; the number when absent. */
export function nameFor(ctx: ProcessContext, file: 'passwd' | 'group', id: number): string {
  for (const entry of readDb(ctx, file)) if (Number(entry[2]) === id) return entry[0];
  return id === 0 ? 'root' : String(id);
}

/** Colon-separated records of /etc/passwd or /etc/group, [] when the file is missing. */
export function readDb(ctx: ProcessContext, file: 'passwd' | 'group'): string[][] {
  try {
    return ctx.fs
      .readText(`/etc/${file}`)
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}
