/**
 * `apt-get` and `apt` (Debian 12): `update`, `install [-y] [-q…] PKG…`, `clean`,
 * `upgrade`, against the simulated bookworm archive. Real texts: `Reading package
 * lists...`, `E: Unable to locate package nosuch` (exit 100), the `[Y/n]` question that
 * aborts on a non-interactive stdin, the lock errors for a non-root user. On another
 * distribution it says plainly that its simulated archive is Debian's.
 */
import { readAll } from '../../process/streams.ts';
import type { Program, ProcessContext } from '../../process/types.ts';
import { aptSize } from '../package-files.ts';
import { install } from './install.ts';
import { debIndex } from './packages.ts';
import { haveLists, update } from './sources.ts';

function codename(ctx: ProcessContext): { codename: string; pretty: string } {
  const text = ctx.fs.exists('/etc/os-release') ? ctx.fs.readText('/etc/os-release') : '';
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  return { codename: field('VERSION_CODENAME'), pretty: field('PRETTY_NAME') };
}

async function answer(ctx: ProcessContext): Promise<boolean> {
  const reply = new TextDecoder().decode(await readAll(ctx.stdin)).split('\n')[0].trim().toLowerCase();
  return reply === '' ? false : reply === 'y' || reply === 'yes';
}

export const aptGet: Program = async (ctx) => {
  const name = ctx.argv[0].slice(ctx.argv[0].lastIndexOf('/') + 1);
  const args = ctx.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-'));
  const [command, ...names] = args.filter((a) => !a.startsWith('-'));
  const quiet = flags.reduce((q, f) => q + (/^-q+$/.test(f) ? f.length - 1 : f === '--quiet' ? 1 : 0), 0);
  const yes = flags.some((f) => f === '-y' || f === '--yes' || f === '--assume-yes' || /^-[a-z]*y/.test(f));
  const out = (line: string) => quiet < 2 && ctx.stdout.write(`${line}\n`);
  if (name === 'apt') ctx.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
  if (command === undefined) {
    ctx.stdout.write('apt 2.6.1 (amd64)\nUsage: apt-get [options] command\n       apt-get [options] install|remove pkg1 [pkg2 ...]\n');
    return 1;
  }
  if (['update', 'install', 'upgrade', 'clean', 'remove', 'purge'].includes(command) && ctx.uid !== 0) {
    const lock = command === 'update' ? '/var/lib/apt/lists/lock' : '/var/lib/dpkg/lock-frontend';
    ctx.stderr.write(`E: Could not open lock file ${lock} - open (13: Permission denied)\n`);
    ctx.stderr.write(command === 'update' ? 'E: Unable to lock directory /var/lib/apt/lists/\n' : 'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
    return 100;
  }
  const os = codename(ctx);
  if ((command === 'update' || command === 'install') && os.codename !== 'bookworm') {
    ctx.stderr.write(`dockyard: ${name}'s simulated archive has Debian 12 (bookworm) packages only; this container runs ${os.pretty || 'another distribution'}\n`);
    return 100;
  }
  if (command === 'update') {
    const fetched = update(ctx.fs, out);
    out(`Fetched ${aptSize(fetched)} in 1s (${aptSize(fetched)}/s)`);
    out('Reading package lists...');
    return 0;
  }
  if (command === 'clean' || command === 'autoclean') return 0;
  out('Reading package lists...');
  out('Building dependency tree...');
  out('Reading state information...');
  if (command === 'upgrade' || command === 'dist-upgrade') {
    out('Calculating upgrade...');
    out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.');
    return 0;
  }
  if (command !== 'install') {
    ctx.stderr.write(`E: Invalid operation ${command}\n`);
    return 100;
  }
  const unknown = names.find((n) => !haveLists(ctx.fs) || !debIndex.some((pkg) => pkg.name === n.split('=')[0]));
  if (unknown !== undefined) {
    ctx.stderr.write(`E: Unable to locate package ${unknown}\n`);
    return 100;
  }
  return install(ctx, names.map((n) => n.split('=')[0]), { yes, quiet, recommends: !flags.includes('--no-install-recommends') }, () => answer(ctx));
};
