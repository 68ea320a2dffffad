/**
 * `docker top CONTAINER [ps OPTIONS]`: GET /containers/{id}/top and print the process
 * table through a tabwriter with docker/cli's settings (minimum width 20, padding 3).
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { tabwrite } from '../../format/index.ts';

export const top: CommandSpec = {
  name: 'top',
  use: 'CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliasText: 'docker container top, docker top',
  args: atLeast(1),
  interspersed: false,
  flags: [],
  async run({ args, io, client }) {
    const query = args.length > 1 ? { ps_args: args.slice(1).join(' ') } : undefined;
    const list = await (await client()).json<{ Titles: string[]; Processes: string[][] | null }>('GET', `/containers/${args[0]}/top`, { query });
    const lines = [list.Titles, ...(list.Processes ?? [])].map((row) => `${row.join('\t')}\n`).join('');
    io.stdout.write(tabwrite(lines, { minwidth: 20, padding: 3 }));
    return 0;
  },
};
