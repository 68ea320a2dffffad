/**
 * `docker create`: the same create flow as run (pull on 404, warnings), printing the
 * full container ID. Failures read `docker: <error>` with the create help hint, 125.
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { createFlags } from '../container-flags.ts';
import { createContainer, validateImage } from '../create-container.ts';
import { CliError } from '../errors.ts';

export const create: CommandSpec = {
  name: 'create',
  use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  aliasText: 'docker container create, docker create',
  args: atLeast(1),
  interspersed: false,
  flags: createFlags,
  async run(ctx) {
    try {
      validateImage(ctx);
      const { id } = await createContainer(ctx, await ctx.client());
      ctx.io.stdout.write(id + '\n');
      return 0;
    } catch (err) {
      if (err instanceof CliError && err.status === 125) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new CliError(`docker: ${message}\n\nRun '${ctx.path} --help' for more information`, 125);
    }
  },
};
