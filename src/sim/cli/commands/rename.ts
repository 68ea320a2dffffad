/**
 * `docker rename CONTAINER NEW_NAME`: POST /containers/{name}/rename?name=…; no output.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { CliError } from '../errors.ts';

export const rename: CommandSpec = {
  name: 'rename',
  use: 'CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliasText: 'docker container rename, docker rename',
  args: exactly(2),
  flags: [],
  async run({ args, client }) {
    const [oldName, newName] = args.map((a) => a.trim());
    if (oldName === '' || newName === '') throw new CliError('Error: Neither old nor new names may be empty');
    await (await client()).call('POST', `/containers/${oldName}/rename`, { query: { name: newName } });
    return 0;
  },
};
