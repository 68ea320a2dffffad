/**
 * `docker images` / `docker image ls`: GET /images/json (all, filters; a
 * REPOSITORY[:TAG] argument becomes a `reference` filter), one row per repo:tag.
 */
import type { CommandSpec } from '../command.ts';
import { atMost } from '../command.ts';
import { filterFlag, filtersJson, formatFlag, noTruncFlag } from '../common-flags.ts';
import { imageEntries, imageHeaders, imageRow } from '../image-context.ts';
import type { ImageSummary } from '../image-context.ts';
import { writeList } from '../output.ts';

const created = '{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}';
const defaultFormat = `table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t${created}\t{{.Size}}`;
const digestFormat = `table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t${created}\t{{.Size}}`;

export const images: CommandSpec = {
  name: 'images',
  use: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliasText: 'docker image ls, docker image list, docker images',
  args: atMost(1),
  flags: [
    { long: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
    { long: 'digests', type: 'bool', usage: 'Show digests' },
    filterFlag,
    formatFlag,
    noTruncFlag,
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    { long: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
  ],
  async run({ flags, io, args, client }) {
    const extra: [string, string][] = args.length > 0 ? [['reference', args[0]]] : [];
    const query: Record<string, string | undefined> = {
      all: flags.bool('all') ? '1' : undefined,
      filters: filtersJson(flags.list('filter'), extra),
    };
    const list = await (await client()).json<ImageSummary[]>('GET', '/images/json', { query });
    const trunc = !flags.bool('no-trunc');
    const digests = flags.bool('digests');
    const rows = list.flatMap((img) => imageEntries(img, digests).map((e) => imageRow(img, e, io.now(), trunc)));
    const format = flags.bool('quiet') ? '{{.ID}}' : flags.string('format');
    writeList(io.stdout, format, { defaultFormat: digests ? digestFormat : defaultFormat, headers: imageHeaders, rows });
    return 0;
  },
};
