/**
 * `docker rm` / `docker container rm`: DELETE /containers/{name} (force, v, link).
 * With -f a missing container is reported on stderr but does not fail the command.
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { forEachName } from '../batch.ts';
import { CliError, isNotFound } from '../errors.ts';

export const rm: CommandSpec = {
  name: 'rm',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  aliasText: 'docker container rm, docker container remove, docker rm',
  args: atLeast(1),
  flags: [
    { long: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
    { long: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
    { long: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
  ],
  async run({ flags, io, args, client }) {
    const c = await client();
    const force = flags.bool('force');
    const query = {
      force: force ? '1' : undefined,
      link: flags.bool('link') ? '1' : undefined,
      v: flags.bool('volumes') ? '1' : undefined,
    };
    return forEachName(
      io,
      args,
      async (name) => {
        if (name === '') throw new CliError('Container name cannot be empty');
        await c.call('DELETE', `/containers/${name}`, { query });
      },
      (err) => force && isNotFound(err),
    );
  },
};
