/**
 * `docker image prune` and `docker container prune`: a confirmation prompt read from
 * stdin unless -f (no request until confirmed), then POST /…/prune with filters, and
 * the deleted items with `Total reclaimed space:`.
 */
import type { CommandContext, CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import { filtersJson, forceNoPromptFlag, pruneFilterFlag } from '../common-flags.ts';
import { humanSize4 } from '../../format/index.ts';
import type { DockerIO } from '../io.ts';

/** command.PromptForConfirmation: `[y/N]`, only y/Y continues. */
export async function confirm(io: DockerIO, warning: string): Promise<boolean> {
  io.stdout.write(`${warning}\nAre you sure you want to continue? [y/N] `);
  let answer = '';
  if (io.stdin) {
    const decoder = new TextDecoder();
    for (;;) {
      const chunk = await io.stdin.read();
      if (chunk === null) break;
      answer += decoder.decode(chunk, { stream: true });
      if (answer.includes('\n')) break;
    }
  }
  const first = answer.split('\n')[0].trim();
  return first === 'y' || first === 'Y';
}

export const imagePrune: CommandSpec = {
  name: 'prune',
  use: '[OPTIONS]',
  short: 'Remove unused images',
  args: noArgs,
  flags: [
    { long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    pruneFilterFlag,
    forceNoPromptFlag,
  ],
  async run(ctx: CommandContext) {
    const { flags, io } = ctx;
    const all = flags.bool('all');
    const warning = all
      ? 'WARNING! This will remove all images without at least one container associated to them.'
      : 'WARNING! This will remove all dangling images.';
    if (!flags.bool('force') && !(await confirm(io, warning))) return 0;
    const filters = filtersJson(flags.list('filter'), [['dangling', all ? 'false' : 'true']]);
    const report = await (await ctx.client()).json<{ ImagesDeleted?: { Untagged?: string; Deleted?: string }[] | null; SpaceReclaimed?: number }>(
      'POST',
      '/images/prune',
      { query: { filters } },
    );
    let out = '';
    const deleted = report.ImagesDeleted ?? [];
    if (deleted.length > 0) {
      out += 'Deleted Images:\n';
      for (const item of deleted) {
        if (item.Untagged) out += `untagged: ${item.Untagged}\n`;
        if (item.Deleted) out += `deleted: ${item.Deleted}\n`;
      }
      out += '\n';
    }
    io.stdout.write(out + `Total reclaimed space: ${humanSize4(report.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};

export const containerPrune: CommandSpec = {
  name: 'prune',
  use: '[OPTIONS]',
  short: 'Remove all stopped containers',
  args: noArgs,
  flags: [pruneFilterFlag, forceNoPromptFlag],
  async run(ctx: CommandContext) {
    const { flags, io } = ctx;
    if (!flags.bool('force') && !(await confirm(io, 'WARNING! This will remove all stopped containers.'))) return 0;
    const report = await (await ctx.client()).json<{ ContainersDeleted?: string[] | null; SpaceReclaimed?: number }>('POST', '/containers/prune', {
      query: { filters: filtersJson(flags.list('filter')) },
    });
    let out = '';
    const deleted = report.ContainersDeleted ?? [];
    if (deleted.length > 0) out += `Deleted Containers:\n${deleted.join('\n')}\n\n`;
    io.stdout.write(out + `Total reclaimed space: ${humanSize4(report.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};
