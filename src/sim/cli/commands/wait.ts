/**
 * `docker wait`: POST /containers/{name}/wait (condition not-running) per argument,
 * printing each exit code once the container stops.
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { waitExit } from '../attach.ts';
import { CliError } from '../errors.ts';

export const wait: CommandSpec = {
  name: 'wait',
  use: 'CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  aliasText: 'docker container wait, docker wait',
  args: atLeast(1),
  flags: [],
  async run({ io, args, client }) {
    const c = await client();
    const errors: string[] = [];
    for (const name of args) {
      try {
        const result = await (await waitExit(c, name, 'not-running')).result;
        io.stdout.write(`${result.StatusCode}\n`);
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        errors.push(err.message);
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
