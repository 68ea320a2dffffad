/**
 * `docker commit CONTAINER [REPOSITORY[:TAG]]`: POST /commit with container, repo,
 * tag, comment, author, pause and `changes` (-c, repeated), printing the new image ID.
 */
import type { CommandSpec } from '../command.ts';
import { between } from '../command.ts';
import { fullName, normalizedNamed } from '../refs.ts';
import { CliError } from '../errors.ts';

export const commit: CommandSpec = {
  name: 'commit',
  use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: "Create a new image from a container's changes",
  aliasText: 'docker container commit, docker commit',
  args: between(1, 2),
  flags: [
    { long: 'author', short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { long: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { long: 'message', short: 'm', type: 'string', usage: 'Commit message' },
    { long: 'no-pause', type: 'bool', usage: 'Disable pausing container during commit' },
    { long: 'pause', short: 'p', type: 'bool', usage: 'Pause container during commit', def: 'true', hidden: true },
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
    const pause = flags.bool('no-pause') ? false : flags.bool('pause');
    const res = await (await client()).json<{ Id: string }>('POST', '/commit', {
      query: {
        author: flags.string('author') || undefined,
        changes: flags.list('change').length > 0 ? flags.list('change') : undefined,
        comment: flags.string('message') || undefined,
        container: args[0],
        pause: pause ? undefined : '0',
        repo,
        tag,
      },
      body: {},
    });
    io.stdout.write(res.Id + '\n');
    return 0;
  },
};
