/**
 * `docker rmi` / `docker image rm`: DELETE /images/{name} per argument (force,
 * noprune), printing `Untagged: …` / `Deleted: …` lines in daemon order; failures are
 * printed per image and the command exits 1 at the end.
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { CliError } from '../errors.ts';

interface DeleteItem {
  Untagged?: string;
  Deleted?: string;
}

export const rmi: CommandSpec = {
  name: 'rmi',
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  aliasText: 'docker image rm, docker image remove, docker rmi',
  args: atLeast(1),
  flags: [
    { long: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
    { long: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
    { long: 'platform', type: 'list', usage: "Remove only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")" },
  ],
  async run({ flags, io, args, client }) {
    const c = await client();
    const errors: string[] = [];
    for (const name of args) {
      try {
        const items = await c.json<DeleteItem[]>('DELETE', `/images/${name}`, {
          query: { force: flags.bool('force') ? '1' : undefined, noprune: flags.bool('no-prune') ? '1' : undefined },
        });
        for (const item of items ?? []) {
          if (item.Untagged) io.stdout.write(`Untagged: ${item.Untagged}\n`);
          if (item.Deleted) io.stdout.write(`Deleted: ${item.Deleted}\n`);
        }
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        errors.push(err.message);
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
