/**
 * apk's installed database (/lib/apk/db/installed) and world file (/etc/apk/world):
 * which packages are installed, at which version and size. The image's own database
 * is a placeholder, so until apk first writes it the installed set is alpine's base
 * set; apk then rewrites it in its real `P:`/`V:`/`I:` record format, as a RUN layer
 * of a real image carries it.
 */
import type { FileSystem } from '../../fs/types.ts';
import { writeText } from '../package-files.ts';
import { apkBase, apkBaseBytes } from './packages.ts';

export const installedPath = '/lib/apk/db/installed';
export const worldPath = '/etc/apk/world';

export interface Installed {
  version: string;
  bytes: number;
  files: string[];
}

export function readInstalled(fs: FileSystem): Map<string, Installed> {
  const text = fs.exists(installedPath) ? fs.readText(installedPath) : '';
  const installed = new Map<string, Installed>();
  if (!text.includes('P:')) {
    const each = Math.round(apkBaseBytes / Object.keys(apkBase).length);
    for (const [name, version] of Object.entries(apkBase)) installed.set(name, { version, bytes: each, files: [] });
    return installed;
  }
  for (const record of text.split('\n\n')) {
    const fields = new Map<string, string>();
    const files: string[] = [];
    let dir = '';
    for (const line of record.split('\n')) {
      const key = line.slice(0, 1);
      const value = line.slice(2);
      if (key === 'F') dir = value;
      else if (key === 'R') files.push(`/${dir}/${value}`);
      else fields.set(key, value);
    }
    const name = fields.get('P');
    if (name) installed.set(name, { version: fields.get('V') ?? '', bytes: Number(fields.get('I') ?? 0), files });
  }
  return installed;
}

export function writeInstalled(fs: FileSystem, installed: Map<string, Installed>): void {
  const records = [...installed].map(([name, info]) => {
    const lines = [`P:${name}`, `V:${info.version}`, 'A:x86_64', `I:${info.bytes}`];
    const byDir = new Map<string, string[]>();
    for (const file of info.files) {
      const at = file.lastIndexOf('/');
      const dir = file.slice(1, at);
      byDir.set(dir, [...(byDir.get(dir) ?? []), file.slice(at + 1)]);
    }
    for (const [dir, names] of byDir) lines.push(`F:${dir}`, ...names.map((n) => `R:${n}`));
    return lines.join('\n');
  });
  writeText(fs, installedPath, records.join('\n\n') + '\n\n');
}

export function readWorld(fs: FileSystem): string[] {
  return fs.exists(worldPath) ? fs.readText(worldPath).split('\n').filter(Boolean) : [];
}

export function writeWorld(fs: FileSystem, world: string[]): void {
  writeText(fs, worldPath, [...new Set(world)].sort().join('\n') + '\n');
}
