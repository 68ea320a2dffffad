/**
 * `apt-get install`: resolve the requested packages and their dependencies against the
 * simulated archive, print apt's summary (additional and NEW packages, sizes, the
 * `[Y/n]` question when more than asked will be installed), then what dpkg prints as
 * it unpacks and sets each package up. Files land in the filesystem with their sizes,
 * and /var/lib/dpkg/info/<pkg>.list records them, as dpkg does.
 */
import type { ProcessContext } from '../../process/types.ts';
import { aptSize, filesSize, installFiles, writeText } from '../package-files.ts';
import { debIndex } from './packages.ts';
import type { DebPackage } from './packages.ts';
import { origin } from './sources.ts';

export interface InstallOptions {
  yes: boolean;
  quiet: number;
  recommends: boolean;
}

const infoDir = '/var/lib/dpkg/info';

export function isInstalled(ctx: ProcessContext, name: string): boolean {
  return ctx.fs.exists(`${infoDir}/${name}.list`) || ctx.fs.exists(`${infoDir}/${name}:amd64.list`);
}

/** apt's ShowList: two-space indent, names wrapped before column 80. */
export function wrapList(names: string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const name of names) {
    if (line.length + 1 + name.length > 79 && line.trim() !== '') {
      lines.push(line);
      line = ' ';
    }
    line += ` ${name}`;
  }
  lines.push(line);
  return lines.join('\n') + '\n';
}

/** dpkg qualifies multi-arch shared libraries with their architecture (`libssl3:amd64`). */
function dpkgName(pkg: DebPackage): string {
  return pkg.arch === 'amd64' && pkg.name.startsWith('lib') ? `${pkg.name}:amd64` : pkg.name;
}

function plan(ctx: ProcessContext, names: string[], withRecommends: boolean): DebPackage[] {
  const order: DebPackage[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || isInstalled(ctx, name)) return;
    seen.add(name);
    const pkg = debIndex.find((candidate) => candidate.name === name);
    if (!pkg) return;
    for (const dep of pkg.depends) visit(dep);
    order.push(pkg);
    if (withRecommends) for (const dep of pkg.recommends ?? []) visit(dep);
  };
  for (const name of names) visit(name);
  return order;
}

/** Run the install of `names` (all known to the archive); returns apt-get's status. */
export async function install(ctx: ProcessContext, names: string[], options: InstallOptions, question: () => Promise<boolean>): Promise<number> {
  const out = (text: string) => options.quiet < 2 && ctx.stdout.write(text);
  for (const name of names.filter((n) => isInstalled(ctx, n))) out(`${name} is already the newest version (${debIndex.find((p) => p.name === name)?.version ?? ''}).\n`);
  const order = plan(ctx, names, options.recommends);
  const extra = order.filter((pkg) => !names.includes(pkg.name)).map((pkg) => pkg.name).sort();
  if (extra.length > 0) out('The following additional packages will be installed:\n' + wrapList(extra));
  if (order.length > 0) out('The following NEW packages will be installed:\n' + wrapList(order.map((pkg) => pkg.name).sort()));
  out(`0 upgraded, ${order.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  if (order.length === 0) return 0;
  const download = order.reduce((total, pkg) => total + pkg.size, 0);
  const disk = order.reduce((total, pkg) => total + filesSize(pkg.files), 0);
  out(`Need to get ${aptSize(download)} of archives.\nAfter this operation, ${aptSize(disk)} of additional disk space will be used.\n`);
  if (extra.length > 0 && !options.yes) {
    ctx.stdout.write('Do you want to continue? [Y/n] ');
    if (!(await question())) {
      ctx.stdout.write('Abort.\n');
      return 1;
    }
  }
  order.forEach((pkg, i) => {
    const from = origin(ctx.fs, pkg.security === true);
    out(`Get:${i + 1} ${from.uri} ${from.suite}/main amd64 ${pkg.name} ${pkg.arch} ${pkg.version} [${aptSize(pkg.size)}]\n`);
  });
  ctx.stderr.write('debconf: delaying package configuration, since apt-utils is not installed\n');
  out(`Fetched ${aptSize(download)} in 0s (${aptSize(download * 4)}/s)\n`);
  order.forEach((pkg, i) => {
    ctx.stdout.write(`Selecting previously unselected package ${dpkgName(pkg)}.\n`);
    if (i === 0) ctx.stdout.write('(Reading database ... 6089 files and directories currently installed.)\n');
    const file = `${String(i).padStart(2, '0')}-${pkg.name}_${pkg.version.replace(':', '%3a')}_${pkg.arch}.deb`;
    ctx.stdout.write(`Preparing to unpack .../${file} ...\nUnpacking ${dpkgName(pkg)} (${pkg.version}) ...\n`);
    const written = installFiles(ctx.fs, pkg.files);
    writeText(ctx.fs, `${infoDir}/${pkg.name}.list`, ['/.', ...written].join('\n') + '\n');
  });
  for (const pkg of order) {
    ctx.stdout.write(`Setting up ${dpkgName(pkg)} (${pkg.version}) ...\n`);
    if (pkg.name === 'ca-certificates') ctx.stdout.write('Updating certificates in /etc/ssl/certs...\n142 added, 0 removed; done.\n');
  }
  ctx.stdout.write('Processing triggers for libc-bin (2.36-9+deb12u9) ...\n');
  if (order.some((pkg) => pkg.name === 'ca-certificates')) ctx.stdout.write('Processing triggers for ca-certificates (20230311) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n');
  return 0;
}
