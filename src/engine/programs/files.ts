/**
 * Small filesystem conveniences for server programs: reading an optional config file
 * and resolving a path against the working directory, as the kernel does.
 */
import type { FileSystem } from '../fs/types.ts';

/** The file's text, or undefined when it does not exist. */
export function readTextOrUndefined(fs: FileSystem, path: string): string | undefined {
  return fs.exists(path) ? fs.readText(path) : undefined;
}

export function absolute(cwd: string, path: string): string {
  if (path.startsWith('/')) return path;
  return `${cwd.replace(/\/+$/, '')}/${path}`;
}

/** The name of the user with this uid in /etc/passwd, or the number when there is none. */
export function userName(fs: FileSystem, uid: number): string {
  const passwd = readTextOrUndefined(fs, '/etc/passwd') ?? '';
  for (const line of passwd.split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 3 && Number(fields[2]) === uid) return fields[0];
  }
  return String(uid);
}
