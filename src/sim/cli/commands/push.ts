/**
 * `docker push NAME[:TAG]`: POST /images/{fully qualified name}/push?tag=… with
 * X-Registry-Auth, the progress stream on stdout (aux messages hidden), or with -q only
 * the reference. `Using default tag: latest` when the name has no tag.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { CliError } from '../errors.ts';
import { registryAuthHeader, serverAddressOf } from '../auth.ts';
import { displayJsonMessages, JsonStreamError } from '../jsonmessage.ts';
import { familiarString, fullName, normalizedNamed } from '../refs.ts';

export const push: CommandSpec = {
  name: 'push',
  use: '[OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  aliasText: 'docker image push, docker push',
  args: exactly(1),
  flags: [
    { long: 'all-tags', short: 'a', type: 'bool', usage: 'Push all tags of an image to the repository' },
    { long: 'disable-content-trust', type: 'bool', usage: 'Skip image signing', def: 'true' },
    { long: 'platform', type: 'string', usage: "Push a platform-specific manifest as a single-platform image to the registry.\nImage index won't be pushed, meaning that other manifests, including attestations won't be preserved.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)" },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  async run({ flags, io, args, client }) {
    const ref = normalizedNamed(args[0]);
    if (flags.bool('all-tags') && ref.tag !== undefined) throw new CliError("tag can't be used with --all-tags/-a");
    const quiet = flags.bool('quiet');
    if (ref.tag === undefined && ref.digest === undefined && !flags.bool('all-tags') && !quiet) io.stdout.write('Using default tag: latest\n');
    const tag = flags.bool('all-tags') ? undefined : (ref.tag ?? 'latest');
    const c = await client();
    const res = await c.call('POST', `/images/${fullName(ref)}/push`, {
      query: { tag, platform: flags.string('platform') || undefined },
      headers: { 'x-registry-auth': registryAuthHeader(io, serverAddressOf(ref)) },
    });
    if (res.messages) {
      try {
        await displayJsonMessages(res.messages, quiet ? { write() {} } : io.stdout, { tty: io.isTTY && !quiet, width: io.columns });
      } catch (err) {
        if (err instanceof JsonStreamError) throw new CliError(err.message);
        throw err;
      }
    }
    if (quiet) io.stdout.write(familiarString(ref) + '\n');
    return 0;
  },
};
