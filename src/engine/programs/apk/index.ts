/**
 * `apk` (apk-tools 2.14): `update`, `add [--no-cache] [-U] [--virtual NAME] PKG…`, `del`,
 * `info`, against the simulated APKINDEX (packages.ts). Output follows the real tool:
 * `fetch <repo>/x86_64/APKINDEX.tar.gz` per repository of /etc/apk/repositories,
 * `(1/10) Installing curl (8.11.0-r2)`, the triggers, `OK: 13 MiB in 24 packages`,
 * and `ERROR: unable to select packages:` for a name no repository has. Indexes land in
 * /var/cache/apk unless --no-cache, which is why Dockerfiles use it.
 */
import type { Program, ProcessContext } from '../../process/types.ts';
import { sha256Hex } from '../../util/digest.ts';
import { filesSize, installFiles, writeBlob } from '../package-files.ts';
import { readInstalled, readWorld, writeInstalled, writeWorld } from './database.ts';
import type { Installed } from './database.ts';
import { apkIndex } from './packages.ts';
import type { ApkPackage } from './packages.ts';

const indexSizes = { main: 392_000, community: 941_000 };

function repositories(ctx: ProcessContext): string[] {
  const text = ctx.fs.exists('/etc/apk/repositories') ? ctx.fs.readText('/etc/apk/repositories') : '';
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

function cachePath(repo: string): string {
  return `/var/cache/apk/APKINDEX.${sha256Hex(repo).slice(0, 8)}.tar.gz`;
}

/** Fetch every repository's index (printing the fetch lines); cache them unless told not to. */
function fetchIndexes(ctx: ProcessContext, cache: boolean): void {
  for (const repo of repositories(ctx)) {
    ctx.stdout.write(`fetch ${repo}/x86_64/APKINDEX.tar.gz\n`);
    if (cache) writeBlob(ctx.fs, cachePath(repo), repo.endsWith('/community') ? indexSizes.community : indexSizes.main);
  }
}

function okLine(installed: Map<string, Installed>): string {
  const bytes = [...installed.values()].reduce((total, p) => total + p.bytes, 0);
  return `OK: ${Math.floor(bytes / 1024 / 1024)} MiB in ${installed.size} packages\n`;
}

/** Packages to install for `names`, dependencies first; unknown names are returned apart. */
function plan(names: string[], installed: Map<string, Installed>): { order: ApkPackage[]; missing: string[] } {
  const order: ApkPackage[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string, top: boolean) => {
    if (seen.has(name) || installed.has(name)) return;
    seen.add(name);
    const pkg = apkIndex.find((candidate) => candidate.name === name);
    if (!pkg) {
      if (top) missing.push(name);
      return;
    }
    for (const dep of pkg.deps) visit(dep, false);
    order.push(pkg);
  };
  for (const name of names) visit(name, true);
  return { order, missing };
}

function add(ctx: ProcessContext, names: string[], flags: Set<string>, virtual: string | undefined): number {
  const fresh = flags.has('--no-cache') || flags.has('-U') || flags.has('--update') || !repositories(ctx).every((r) => ctx.fs.exists(cachePath(r)));
  if (fresh) fetchIndexes(ctx, !flags.has('--no-cache'));
  const installed = readInstalled(ctx.fs);
  const { order, missing } = plan(names, installed);
  if (missing.length > 0) {
    ctx.stderr.write('ERROR: unable to select packages:\n' + missing.map((name) => `  ${name} (no such package):\n    required by: world[${name}]\n`).join(''));
    return 1;
  }
  const total = order.length + (virtual ? 1 : 0);
  order.forEach((pkg, i) => {
    ctx.stdout.write(`(${i + 1}/${total}) Installing ${pkg.name} (${pkg.version})\n`);
    const files = installFiles(ctx.fs, pkg.files);
    installed.set(pkg.name, { version: pkg.version, bytes: filesSize(pkg.files), files });
  });
  if (virtual) {
    const stamp = new Date(ctx.clock.now()).toISOString().replace(/[-:]/g, '').replace('T', '.').slice(0, 15);
    ctx.stdout.write(`(${total}/${total}) Installing ${virtual} (${stamp})\n`);
    installed.set(virtual, { version: stamp, bytes: 0, files: [] });
  }
  if (order.length > 0) {
    ctx.stdout.write(`Executing busybox-${installed.get('busybox')?.version ?? '1.36.1-r29'}.trigger\n`);
    const certs = order.find((pkg) => pkg.name === 'ca-certificates');
    if (certs) ctx.stdout.write(`Executing ca-certificates-${certs.version}.trigger\n`);
    writeInstalled(ctx.fs, installed);
  }
  writeWorld(ctx.fs, [...readWorld(ctx.fs), ...(virtual ? [virtual] : names)]);
  ctx.stdout.write(okLine(installed));
  return 0;
}

function del(ctx: ProcessContext, names: string[]): number {
  const installed = readInstalled(ctx.fs);
  const present = names.filter((name) => installed.has(name));
  present.forEach((name, i) => {
    const info = installed.get(name)!;
    ctx.stdout.write(`(${i + 1}/${present.length}) Purging ${name} (${info.version})\n`);
    for (const file of info.files) ctx.fs.rm(file, { force: true });
    installed.delete(name);
  });
  if (present.length > 0) writeInstalled(ctx.fs, installed);
  writeWorld(ctx.fs, readWorld(ctx.fs).filter((name) => !names.includes(name)));
  ctx.stdout.write(okLine(installed));
  return 0;
}

export const apk: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const virtualAt = args.findIndex((a) => a === '--virtual' || a === '-t');
  const virtual = virtualAt >= 0 ? args[virtualAt + 1] : undefined;
  const words = args.filter((a, i) => !a.startsWith('-') && !(virtualAt >= 0 && i === virtualAt + 1));
  const [command, ...names] = words;
  if (flags.has('--version') || flags.has('-V')) {
    ctx.stdout.write('apk-tools 2.14.4, compiled for x86_64.\n');
    return 0;
  }
  if ((command === 'add' || command === 'del' || command === 'update') && ctx.uid !== 0) {
    ctx.stderr.write('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
    return 99;
  }
  if (command === 'update') {
    fetchIndexes(ctx, true);
    for (const repo of repositories(ctx)) ctx.stdout.write(`v3.20.3-${repo.endsWith('/community') ? 229 : 227}-g${sha256Hex(repo).slice(0, 11)} [${repo}]\n`);
    ctx.stdout.write('OK: 24164 distinct packages available\n');
    return 0;
  }
  if (command === 'add') return add(ctx, names, flags, virtual);
  if (command === 'del') return del(ctx, names);
  if (command === 'info') {
    ctx.stdout.write([...readInstalled(ctx.fs).keys()].map((name) => `${name}\n`).join(''));
    return 0;
  }
  ctx.stderr.write('apk-tools 2.14.4, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n\nThis apk has coffee making abilities.\n');
  return 1;
};
