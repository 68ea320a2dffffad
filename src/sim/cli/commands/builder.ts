/**
 * `docker builder prune`: forget the build cache (POST /build/prune) after the usual
 * confirmation, then list the deleted cache objects and the space reclaimed, as the
 * v28 CLI prints them. `docker system prune` ends with the same request.
 */
import type { CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import type { DockerClient } from '../client.ts';
import { forceNoPromptFlag, pruneFilterFlag } from '../common-flags.ts';
import { humanSize4 } from '../../format/index.ts';
import { confirm } from './prune.ts';

export interface BuildCachePrune {
  CachesDeleted?: string[] | null;
  SpaceReclaimed?: number;
}

export function pruneBuildCache(c: DockerClient, all: boolean): Promise<BuildCachePrune> {
  return c.json<BuildCachePrune>('POST', '/build/prune', { query: all ? { all: '1' } : {} });
}

export const builderPrune: CommandSpec = {
  name: 'prune',
  use: '[OPTIONS]',
  short: 'Remove build cache',
  args: noArgs,
  flags: [
    { long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused build cache, not just dangling ones' },
    pruneFilterFlag,
    forceNoPromptFlag,
  ],
  async run({ flags, io, client }) {
    const all = flags.bool('all');
    const warning = all ? 'WARNING! This will remove all build cache.' : 'WARNING! This will remove all dangling build cache.';
    if (!flags.bool('force') && !(await confirm(io, warning))) return 0;
    const report = await pruneBuildCache(await client(), all);
    const deleted = report.CachesDeleted ?? [];
    const listing = deleted.length > 0 ? `Deleted build cache objects:\n${deleted.join('\n')}\n\n` : '';
    io.stdout.write(`${listing}Total reclaimed space: ${humanSize4(report.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};
