/**
 * `docker history` / `docker image history`: GET /images/{name}/history, newest
 * first. CREATED BY is tab-free and ellipsized at 45 columns unless --no-trunc;
 * `-H=false` switches to RFC 3339 dates and raw byte counts.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { formatFlag, noTruncFlag } from '../common-flags.ts';
import { ellipsis, humanSize, rfc3339, timeAgo, truncateId } from '../../format/index.ts';
import { writeList } from '../output.ts';

interface HistoryItem {
  Id: string;
  Created: number;
  CreatedBy: string;
  Tags?: string[] | null;
  Size: number;
  Comment: string;
}

const headers = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };

export const history: CommandSpec = {
  name: 'history',
  use: '[OPTIONS] IMAGE',
  short: 'Show the history of an image',
  aliasText: 'docker image history, docker history',
  args: exactly(1),
  flags: [
    formatFlag,
    { long: 'human', short: 'H', type: 'bool', usage: 'Print sizes and dates in human readable format', def: 'true' },
    noTruncFlag,
    { long: 'platform', type: 'string', usage: "Show history for the given platform. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")" },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  ],
  async run({ flags, io, args, client }) {
    const items = await (await client()).json<HistoryItem[]>('GET', `/images/${args[0]}/history`, {
      query: { platform: flags.string('platform') || undefined },
    });
    const human = flags.bool('human');
    const trunc = !flags.bool('no-trunc');
    const rows = items.map((h) => {
      const createdBy = h.CreatedBy.replaceAll('\t', ' ');
      return {
        Comment: h.Comment,
        CreatedAt: rfc3339(h.Created * 1000),
        CreatedBy: trunc ? ellipsis(createdBy, 45) : createdBy,
        CreatedSince: human ? timeAgo(io.now(), h.Created * 1000) : rfc3339(h.Created * 1000),
        ID: trunc && h.Id !== '<missing>' ? truncateId(h.Id) : h.Id,
        Size: human ? humanSize(h.Size) : String(h.Size),
      };
    });
    const createdColumn = human ? '{{.CreatedSince}}' : '{{.CreatedAt}}';
    const format = flags.bool('quiet') ? '{{.ID}}' : flags.string('format');
    writeList(io.stdout, format, {
      defaultFormat: `table {{.ID}}\t${createdColumn}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}`,
      headers,
      rows,
      typeName: '*image.historyContext',
    });
    return 0;
  },
};
