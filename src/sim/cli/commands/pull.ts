/**
 * `docker pull NAME[:TAG|@DIGEST]`: the reference is normalized client-side (errors
 * exit 1 before any request), `Using default tag: latest` when neither tag nor digest
 * was given, the progress stream on stdout, and the canonical reference last.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { CliError } from '../errors.ts';
import { pullImage } from '../pull.ts';
import { normalizedNamed, referenceString, tagNameOnly } from '../refs.ts';

export const pull: CommandSpec = {
  name: 'pull',
  use: '[OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  aliasText: 'docker image pull, docker pull',
  args: exactly(1),
  flags: [
    { long: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
    { long: 'disable-content-trust', type: 'bool', usage: 'Skip image verification', def: 'true' },
    { long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  async run({ flags, io, args, client }) {
    const named = normalizedNamed(args[0]);
    if (flags.bool('all-tags') && (named.tag !== undefined || named.digest !== undefined)) throw new CliError("tag can't be used with --all-tags/-a");
    if (flags.bool('all-tags')) throw new CliError('docker pull --all-tags is not supported by the simulator');
    const quiet = flags.bool('quiet');
    const ref = tagNameOnly(named);
    if (named.tag === undefined && named.digest === undefined && !quiet) io.stdout.write('Using default tag: latest\n');
    const c = await client();
    await pullImage(c, io, ref, { out: quiet ? undefined : io.stdout, platform: flags.string('platform') || undefined });
    io.stdout.write(referenceString(ref) + '\n');
    return 0;
  },
};
