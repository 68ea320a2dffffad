/**
 * `docker logs`: GET /containers/{name}/json for the Tty flag, then
 * GET /containers/{id}/logs with stdout, stderr, tail (default "all") and the optional
 * follow, since, until, timestamps, details; frames copied to stdout and stderr.
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { copyFrames } from '../frames.ts';
import { CliError } from '../errors.ts';
import { getTimestamp } from '../timestamps.ts';

export const logs: CommandSpec = {
  name: 'logs',
  use: '[OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  aliasText: 'docker container logs, docker logs',
  args: exactly(1),
  flags: [
    { long: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    { long: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
    { long: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { long: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs', def: 'all' },
    { long: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
    { long: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
  ],
  async run({ flags, io, args, client }) {
    const stamp = (name: string) => {
      if (!flags.string(name)) return undefined;
      try {
        return getTimestamp(flags.string(name), io.now());
      } catch (err) {
        throw new CliError((err as Error).message);
      }
    };
    const since = stamp('since');
    const until = stamp('until');
    const c = await client();
    const info = await c.json<{ Id: string; Config?: { Tty?: boolean } }>('GET', `/containers/${args[0]}/json`);
    const res = await c.call('GET', `/containers/${info.Id}/logs`, {
      query: {
        details: flags.bool('details') ? '1' : undefined,
        follow: flags.bool('follow') ? '1' : undefined,
        since,
        stderr: '1',
        stdout: '1',
        tail: flags.string('tail'),
        timestamps: flags.bool('timestamps') ? '1' : undefined,
        until,
      },
    });
    await copyFrames(res.frames, io, info.Config?.Tty === true);
    return 0;
  },
};
