/**
 * What `npm install` / `npm ci` leave on disk: `node_modules/<pkg>/package.json` with
 * an entry file standing for the package's real unpacked size (or, for the few packages
 * with runnable code in packages/, their files), npm's hidden lockfile
 * `node_modules/.package-lock.json`, and `package-lock.json` (lockfileVersion 3).
 */
import type { FileSystem } from '../../fs/types.ts';
import { sha256Hex } from '../../util/digest.ts';
import { packageContents } from './packages/index.ts';
import type { Placed } from './resolve.ts';

function integrity(p: Placed): string {
  return `sha512-${btoa(sha256Hex(`${p.name}@${p.pkg.version}`).slice(0, 64))}`;
}

export function lockfile(root: { name?: string; version?: string; dependencies: Record<string, string> }, tree: Placed[]): string {
  const packages: Record<string, unknown> = {
    '': { name: root.name, version: root.version, ...(Object.keys(root.dependencies).length ? { dependencies: root.dependencies } : {}) },
  };
  for (const p of tree) {
    packages[p.location] = {
      version: p.pkg.version,
      resolved: `https://registry.npmjs.org/${p.name}/-/${p.name}-${p.pkg.version}.tgz`,
      integrity: integrity(p),
      ...(Object.keys(p.pkg.dependencies).length ? { dependencies: p.pkg.dependencies } : {}),
    };
  }
  return `${JSON.stringify({ name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

function mkdirp(fs: FileSystem, path: string): void {
  if (!fs.exists(path)) fs.mkdir(path, { recursive: true });
}

/** Write the tree under `cwd` (replacing what was installed). */
export function writeTree(fs: FileSystem, cwd: string, tree: Placed[]): void {
  const base = cwd === '/' ? '' : cwd;
  for (const p of tree) {
    const dir = `${base}/${p.location}`;
    mkdirp(fs, dir);
    const manifest = `${JSON.stringify({ name: p.name, version: p.pkg.version, main: 'index.js', license: 'MIT', dependencies: p.pkg.dependencies }, null, 2)}\n`;
    fs.writeFile(`${dir}/package.json`, manifest);
    const readme = `# ${p.name}\n`;
    fs.writeFile(`${dir}/README.md`, readme);
    const rest = Math.max(0, p.pkg.size - manifest.length - readme.length);
    const contents = packageContents[p.name];
    if (contents) {
      for (const [path, text] of Object.entries(contents)) {
        mkdirp(fs, `${dir}/${path}`.replace(/\/[^/]*$/, ''));
        // The entry file carries the rest of the real package's size, so image sizes stay real.
        const others = Object.entries(contents).reduce((n, [p2, t]) => (p2 === 'index.js' ? n : n + t.length), 0);
        fs.writeFile(`${dir}/${path}`, text, path === 'index.js' ? { declaredSize: Math.max(text.length, rest - others) } : {});
      }
      continue;
    }
    fs.writeFile(`${dir}/index.js`, `/* ${p.name}@${p.pkg.version} (simulated) */\n`, { declaredSize: rest });
  }
}
