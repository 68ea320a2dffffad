/**
 * Where pip installs and what is there: the interpreter's site-packages
 * (/usr/local/lib/python3.12/site-packages in the python image) and the distributions
 * its `*.dist-info` directories record. pip itself counts as installed, as it is in
 * the image.
 */
import type { FileSystem } from '../../fs/types.ts';
import type { ProcessContext } from '../../process/types.ts';
import { normalize } from './packages.ts';

export function sitePackages(ctx: ProcessContext): string {
  const version = (ctx.env.PYTHON_VERSION ?? '3.12').split('.').slice(0, 2).join('.');
  const local = `/usr/local/lib/python${version}`;
  return ctx.fs.exists(local) ? `${local}/site-packages` : `/usr/lib/python${version}/site-packages`;
}

/** Normalised project name → installed version. */
export function installedVersions(fs: FileSystem, site: string): Map<string, string> {
  const versions = new Map<string, string>([['pip', '24.2']]);
  if (!fs.exists(site)) return versions;
  for (const entry of fs.readdir(site)) {
    const m = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
    if (m) versions.set(normalize(m[1]), m[2]);
  }
  return versions;
}
