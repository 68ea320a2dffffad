/**
 * `pip install [-r FILE] [--no-cache-dir] REQ…`, `pip list`, `pip freeze`, `pip --version`
 * (pip 24.2 of python:3.12), against the simulated index (packages.ts). It resolves
 * requirements breadth-first as pip prints them (`Collecting Werkzeug>=3.1 (from
 * flask)`), writes each distribution into site-packages (its package, its
 * `.dist-info`, its console scripts in /usr/local/bin) with real sizes, and fails with
 * pip's own texts for a name or version the index does not have.
 */
import type { Program, ProcessContext } from '../../process/types.ts';
import { installFiles, writeText } from '../package-files.ts';
import { findPackage, normalize } from './packages.ts';
import type { PyPackage } from './packages.ts';
import { installedVersions, sitePackages } from './site.ts';

const pipVersion = '24.2';

/** pip's format_size: `2.7 kB`, `103 kB`, `16.0 MB`, `512 bytes`. */
export function pipSize(bytes: number): string {
  if (bytes > 1000 * 1000) return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
  if (bytes > 10 * 1000) return `${Math.floor(bytes / 1000)} kB`;
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

function wheelName(pkg: PyPackage): string {
  const name = pkg.keepCase ? pkg.name : pkg.name.toLowerCase().replace(/-/g, '_');
  return `${name}-${pkg.version}-${pkg.tag}.whl`;
}

function parseRequirement(req: string): { name: string; pin?: string } {
  const name = req.split(/[<>=!~;[\s]/)[0];
  const pin = /==\s*([^,;\s]+)/.exec(req)?.[1];
  return pin === undefined ? { name } : { name, pin };
}

function install(ctx: ProcessContext, requirements: string[]): number {
  const out = (line: string) => ctx.stdout.write(`${line}\n`);
  const site = sitePackages(ctx);
  const installed = installedVersions(ctx.fs, site);
  const queue: { req: string; from?: string }[] = requirements.map((req) => ({ req }));
  const chosen: PyPackage[] = [];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { req, from } = queue.shift()!;
    const { name, pin } = parseRequirement(req);
    const key = normalize(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const known = findPackage(name);
    const have = installed.get(key);
    if (have !== undefined && (pin === undefined || pin === have)) {
      out(`Requirement already satisfied: ${req} in ${site}${from ? ` (from ${from})` : ''} (${have})`);
      continue;
    }
    const versions = known ? [...(known.older ?? []), known.version] : [];
    if (!known || (pin !== undefined && !versions.includes(pin))) {
      ctx.stderr.write(`ERROR: Could not find a version that satisfies the requirement ${req} (from versions: ${versions.join(', ') || 'none'})\nERROR: No matching distribution found for ${req}\n`);
      return 1;
    }
    const pkg = pin === undefined ? known : { ...known, version: pin };
    out(`Collecting ${req}${from ? ` (from ${from})` : ''}`);
    out(`  Downloading ${wheelName(pkg)}.metadata (${pipSize(1_400 + 350 * pkg.requires.length)})`);
    chosen.push(pkg);
    for (const dep of pkg.requires) queue.push({ req: dep, from: from ? `${req}->${from}` : req });
  }
  for (const pkg of chosen) out(`Downloading ${wheelName(pkg)} (${pipSize(pkg.wheel)})`);
  if (chosen.length === 0) return 0;
  const order = [...chosen].reverse();
  out(`Installing collected packages: ${order.map((pkg) => pkg.name).join(', ')}`);
  for (const pkg of order) writeDistribution(ctx, site, pkg);
  out(`Successfully installed ${order.map((pkg) => `${pkg.name}-${pkg.version}`).sort().join(' ')}`);
  if (ctx.uid === 0) ctx.stderr.write("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable.It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you want to suppress this warning.\n");
  ctx.stderr.write(`\n[notice] A new release of pip is available: ${pipVersion} -> 24.3.1\n[notice] To update, run: pip install --upgrade pip\n`);
  return 0;
}

function writeDistribution(ctx: ProcessContext, site: string, pkg: PyPackage): void {
  const module = pkg.module ?? pkg.name.toLowerCase().replace(/-/g, '_');
  const info = `${site}/${pkg.name.replace(/-/g, '_')}-${pkg.version}.dist-info`;
  const files = installFiles(ctx.fs, [[`${site}/${module}/__init__.py`, 2_000], [`${site}/${module}/_modules.py`, Math.max(0, pkg.installed - 8_000)], [`${info}/METADATA`, 3_000], [`${info}/WHEEL`, 82]]);
  const python = ctx.fs.exists('/usr/local/bin/python3') ? '/usr/local/bin/python3' : '/usr/bin/python3';
  for (const [script, target] of Object.entries(pkg.scripts ?? {})) {
    const [mod, fn] = target.split(':');
    const path = `${site.startsWith('/usr/local') ? '/usr/local/bin' : '/usr/bin'}/${script}`;
    writeText(ctx.fs, path, `#!${python}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${mod} import ${fn}\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(${fn}())\n`);
    ctx.fs.chmod(path, 0o755);
    files.push(path);
  }
  writeText(ctx.fs, `${info}/INSTALLER`, 'pip\n');
  writeText(ctx.fs, `${info}/top_level.txt`, `${module}\n`);
  writeText(ctx.fs, `${info}/RECORD`, files.map((f) => `${f.startsWith(site) ? f.slice(site.length + 1) : f},,\n`).join(''));
}

export const pip: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const [command, ...rest] = args.filter((a) => !a.startsWith('-') || a === '-r');
  if (args[0] === '--version' || args[0] === '-V') {
    const site = sitePackages(ctx);
    ctx.stdout.write(`pip ${pipVersion} from ${site}/pip (python ${site.split('python')[1]?.split('/')[0] ?? '3.12'})\n`);
    return 0;
  }
  if (command === 'install') {
    const requirements: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] !== '-r') requirements.push(rest[i]);
      else {
        const file = rest[++i] ?? '';
        const path = file.startsWith('/') ? file : `${ctx.cwd.replace(/\/$/, '')}/${file}`;
        if (!ctx.fs.exists(path)) {
          ctx.stderr.write(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
          return 1;
        }
        requirements.push(...ctx.fs.readText(path).split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
      }
    }
    if (requirements.length === 0) {
      ctx.stderr.write('ERROR: You must give at least one requirement to install (see "pip help install")\n');
      return 1;
    }
    return install(ctx, requirements);
  }
  if (command === 'list' || command === 'freeze') {
    const versions = [...installedVersions(ctx.fs, sitePackages(ctx))].sort(([a], [b]) => a.localeCompare(b));
    if (command === 'freeze') ctx.stdout.write(versions.filter(([n]) => n !== 'pip').map(([n, v]) => `${findPackage(n)?.name ?? n}==${v}\n`).join(''));
    else {
      const width = Math.max(7, ...versions.map(([n]) => n.length));
      ctx.stdout.write(`${'Package'.padEnd(width)} Version\n${'-'.repeat(width)} -------\n` + versions.map(([n, v]) => `${(findPackage(n)?.name ?? n).padEnd(width)} ${v}\n`).join(''));
    }
    return 0;
  }
  ctx.stderr.write(command === undefined ? '\nUsage:   \n  pip <command> [options]\n' : `ERROR: unknown command "${command}"\n`);
  return command === undefined ? 0 : 1;
};
