/**
 * `docker tag SOURCE TARGET`: POST /images/{source as typed}/tag with the target's
 * fully qualified repository and tag (`latest` by default). No output.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { CliError } from '../errors.ts';
import { anyReference, fullName, normalizedNamed } from '../refs.ts';
import type { Reference } from '../../../engine/reference/index.ts';

export const tag: CommandSpec = {
  name: 'tag',
  use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliasText: 'docker image tag, docker tag',
  args: exactly(2),
  flags: [],
  async run({ args, client }) {
    // The API client validates both names first (client.ImageTag), wrapping the parser's error.
    const wrap = (name: string, error: unknown) => new CliError(`Error parsing reference: "${name}" is not a valid repository/tag: ${(error as Error).message}`);
    try {
      anyReference(args[0]);
    } catch (error) {
      throw wrap(args[0], error);
    }
    let target: Reference;
    try {
      target = normalizedNamed(args[1]);
    } catch (error) {
      throw wrap(args[1], error);
    }
    if (target.digest !== undefined) throw new CliError('refusing to create a tag with a digest reference');
    await (await client()).call('POST', `/images/${args[0]}/tag`, { query: { repo: fullName(target), tag: target.tag ?? 'latest' } });
    return 0;
  },
};
