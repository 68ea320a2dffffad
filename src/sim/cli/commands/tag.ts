/**
 * `docker tag SOURCE TARGET`: POST /images/{source as typed}/tag with the target's
 * fully qualified repository and tag (`latest` by default). No output.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { CliError } from '../errors.ts';
import { fullName, normalizedNamed } from '../refs.ts';

export const tag: CommandSpec = {
  name: 'tag',
  use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliasText: 'docker image tag, docker tag',
  args: exactly(2),
  flags: [],
  async run({ args, client }) {
    const target = normalizedNamed(args[1]);
    if (target.digest !== undefined) throw new CliError('refusing to create a tag with a digest reference');
    await (await client()).call('POST', `/images/${args[0]}/tag`, { query: { repo: fullName(target), tag: target.tag ?? 'latest' } });
    return 0;
  },
};
