/**
 * `docker diff`: GET /containers/{name}/changes, one `A|C|D path` line per change
 * (Kind 0 = C modified, 1 = A added, 2 = D deleted), in daemon order.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';

const kinds = ['C', 'A', 'D'];

export const diff: CommandSpec = {
  name: 'diff',
  use: 'CONTAINER',
  short: "Inspect changes to files or directories on a container's filesystem",
  aliasText: 'docker container diff, docker diff',
  args: exactly(1),
  flags: [],
  async run({ io, args, client }) {
    const changes = await (await client()).json<{ Kind: number; Path: string }[] | null>('GET', `/containers/${args[0]}/changes`);
    io.stdout.write((changes ?? []).map((c) => `${kinds[c.Kind] ?? '?'} ${c.Path}\n`).join(''));
    return 0;
  },
};
