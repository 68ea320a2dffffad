/**
 * `docker ps` / `docker container ls`: GET /containers/json with all, limit, size and
 * filters, printed through the container formatter (default table, -q IDs, --format).
 */
import type { CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import { filterFlag, filtersJson, formatFlag, noTruncFlag } from '../common-flags.ts';
import { containerRow, psHeaders } from '../container-context.ts';
import type { ContainerSummary } from '../container-context.ts';
import { writeList } from '../output.ts';

const defaultFormat = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

export const ps: CommandSpec = {
  name: 'ps',
  use: '[OPTIONS]',
  short: 'List containers',
  aliasText: 'docker container ls, docker container list, docker container ps, docker ps',
  args: noArgs,
  flags: [
    { long: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    filterFlag,
    formatFlag,
    { long: 'last', short: 'n', type: 'int', usage: 'Show n last created containers (includes all states)', def: '-1' },
    { long: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
    noTruncFlag,
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
    { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  async run({ flags, io, client }) {
    const format = flags.string('format');
    let limit = flags.int('last');
    if (flags.bool('latest') && limit === -1) limit = 1;
    const size = flags.bool('size') || (format !== '' && format.includes('.Size'));
    const query: Record<string, string | undefined> = {
      all: flags.bool('all') ? '1' : undefined,
      limit: limit > 0 ? String(limit) : undefined,
      size: size ? '1' : undefined,
      filters: filtersJson(flags.list('filter')),
    };
    const containers = await (await client()).json<ContainerSummary[]>('GET', '/containers/json', { query });
    const trunc = !flags.bool('no-trunc');
    let chosen = format;
    if (flags.bool('quiet')) chosen = '{{.ID}}';
    else if ((format === '' || format === 'table') && flags.bool('size')) chosen = `${defaultFormat}\t{{.Size}}`;
    writeList(io.stdout, chosen, {
      defaultFormat,
      headers: psHeaders,
      rows: containers.map((c) => containerRow(c, io.now(), trunc)),
    });
    return 0;
  },
};
