/**
 * `docker import file|- [REPOSITORY[:TAG]]` (cli/command/image/import.go): POST
 * /images/create?fromSrc=- with the tar (from the file or stdin) as the body, repo and
 * tag split from the reference, `-m` as the message, `-c` as changes; prints the new
 * image ID the daemon streams back. URLs are not fetched by the simulator.
 */
import type { CommandSpec } from '../command.ts';
import { between } from '../command.ts';
import { CliError } from '../errors.ts';
import { fullName, normalizedNamed } from '../refs.ts';
import { readArchive, showMessages } from './load.ts';

export const importCmd: CommandSpec = {
  name: 'import',
  use: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  short: 'Import the contents from a tarball to create a filesystem image',
  aliasText: 'docker image import, docker import',
  args: between(1, 2),
  flags: [
    { long: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { long: 'message', short: 'm', type: 'string', usage: 'Set commit message for imported image' },
    { long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
  ],
  async run({ flags, io, args, client }) {
    let repo: string | undefined;
    let tag: string | undefined;
    if (args[1]) {
      const ref = normalizedNamed(args[1]);
      if (ref.digest !== undefined) throw new CliError('refusing to create a tag with a digest reference');
      repo = fullName(ref);
      tag = ref.tag;
    }
    if (/^(https?):\/\//.test(args[0])) throw new CliError(`importing from a URL (${args[0]}) is not simulated by Dockyard: download it first`);
    const body = await readArchive(io, args[0]);
    const res = await (await client()).call('POST', '/images/create', {
      query: {
        fromSrc: '-',
        repo,
        tag,
        message: flags.string('message') || undefined,
        changes: flags.list('change').length > 0 ? flags.list('change') : undefined,
        platform: flags.string('platform') || undefined,
      },
      headers: { 'content-type': 'application/x-tar' },
      body,
    });
    await showMessages(io, res);
    return 0;
  },
};
