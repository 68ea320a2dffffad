/**
 * `npm` (and the `node` that runs it: the node image's /usr/local/bin/npm is a
 * `#!/usr/bin/env node` script) against the simulated registry: `npm install [pkg…]`,
 * `npm ci`, `npm --version`. Output and errors are npm 10's (`added 64 packages, and
 * audited 65 packages in 2s`, `npm error code E404`…). Any other `node` command runs
 * JavaScript itself, in a sandbox (../node/).
 */
import type { Program, ProcessContext } from '../../process/types.ts';
import { nodeRuntime } from '../node/index.ts';
import { lockfile, writeTree } from './install.ts';
import { NpmResolveError, pick, resolveTree } from './resolve.ts';

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

function npmVersion(ctx: ProcessContext): string {
  try {
    return (JSON.parse(ctx.fs.readText('/usr/local/lib/node_modules/npm/package.json')) as { version: string }).version;
  } catch {
    return '10.8.2';
  }
}

function logPath(ctx: ProcessContext): string {
  const stamp = new Date(ctx.clock.now()).toISOString().replace(/[:.]/g, '_');
  return `${ctx.env.HOME ?? '/root'}/.npm/_logs/${stamp}-debug-0.log`;
}

function fail(ctx: ProcessContext, error: NpmResolveError): number {
  const name = error.spec.slice(0, error.spec.lastIndexOf('@'));
  const lines =
    error.code === 'E404'
      ? ['code E404', `404 Not Found - GET https://registry.npmjs.org/${name} - Not found`, '404', `404  '${error.spec}' is not in this registry.`, '404', '404 Note that you can also install from a', '404 tarball, folder, http url, or git url.']
      : ['code ETARGET', `notarget No matching version found for ${error.spec}.`, 'notarget In most cases you or one of your dependencies are requesting', "notarget a package version that doesn't exist."];
  ctx.stderr.write(lines.map((l) => `npm error ${l}\n`).join('') + `npm error A complete log of this run can be found in: ${logPath(ctx)}\n`);
  return 1;
}

function elapsed(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${Math.round(ms / 1000)}s`;
}

async function install(ctx: ProcessContext, args: string[], ci: boolean): Promise<number> {
  const started = ctx.clock.now();
  const pjPath = `${ctx.cwd === '/' ? '' : ctx.cwd}/package.json`;
  let pj: PackageJson = {};
  try {
    pj = JSON.parse(ctx.fs.readText(pjPath)) as PackageJson;
  } catch {
    if (ci) {
      ctx.stderr.write('npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to generate a package-lock.json file, then try again.\n');
      return 1;
    }
  }
  const deps = { ...(pj.dependencies ?? {}) };
  let tree;
  try {
    for (const spec of args.filter((a) => !a.startsWith('-'))) {
      const at = spec.lastIndexOf('@');
      const [name, range] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, '*'];
      deps[name] = `^${pick(name, range).version}`;
    }
    tree = resolveTree(deps);
  } catch (e) {
    if (e instanceof NpmResolveError) {
      await ctx.sleep(800);
      return fail(ctx, e);
    }
    throw e;
  }
  const base = ctx.cwd === '/' ? '' : ctx.cwd;
  if (ci && ctx.fs.exists(`${base}/node_modules`)) ctx.fs.rm(`${base}/node_modules`, { recursive: true });
  await ctx.sleep(600 + 25 * tree.length);
  writeTree(ctx.fs, ctx.cwd, tree);
  if (Object.keys(deps).length !== Object.keys(pj.dependencies ?? {}).length || args.some((a) => !a.startsWith('-'))) {
    pj.dependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : 1)));
    ctx.fs.writeFile(pjPath, `${JSON.stringify(pj, null, 2)}\n`);
  }
  const lock = lockfile({ name: pj.name, version: pj.version, dependencies: deps }, tree);
  ctx.fs.writeFile(`${base}/package-lock.json`, lock);
  if (tree.length > 0) ctx.fs.writeFile(`${base}/node_modules/.package-lock.json`, lock);
  const took = elapsed(ctx.clock.now() - started);
  const summary = tree.length === 0 ? `up to date, audited 1 package in ${took}` : `added ${tree.length} package${tree.length === 1 ? '' : 's'}, and audited ${tree.length + 1} packages in ${took}`;
  const funding = tree.filter((p) => p.pkg.funding).length;
  const fund = funding === 0 ? '' : `\n${funding} package${funding === 1 ? ' is' : 's are'} looking for funding\n  run \`npm fund\` for details\n`;
  ctx.stdout.write(`\n${summary}\n${fund}\nfound 0 vulnerabilities\n`);
  return 0;
}

export const npmProgram: Program = async (ctx) => {
  // argv is [npm, …] when run directly, or [node, /usr/local/bin/npm, …] through the script.
  const args = /(^|\/)(npm|npm-cli\.js)$/.test(ctx.argv[1] ?? '') ? ctx.argv.slice(2) : ctx.argv.slice(1);
  const [command = '', ...rest] = args;
  switch (command) {
    case '--version':
    case '-v':
      ctx.stdout.write(`${npmVersion(ctx)}\n`);
      return 0;
    case 'install':
    case 'i':
    case 'add':
      return install(ctx, rest, false);
    case 'ci':
      return install(ctx, rest, true);
    case '':
      ctx.stdout.write('npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm ci             clean install a project\n');
      return 1;
    default:
      ctx.stderr.write(`dockyard: npm ${command} is not simulated (npm install, npm ci and npm --version are)\n`);
      return 1;
  }
};

/** `node`: runs npm's CLI script with the simulated npm; anything else runs in the JavaScript sandbox. */
export const nodeProgram: Program = async (ctx) => {
  const first = ctx.argv[1] ?? '';
  if (/(^|\/)(npm|npm-cli\.js)$/.test(first)) return npmProgram(ctx);
  return nodeRuntime(ctx);
};
