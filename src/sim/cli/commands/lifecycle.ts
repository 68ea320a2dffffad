/**
 * The container lifecycle commands that only change state: stop, restart, kill,
 * pause, unpause. Each sends one POST per argument (`t=`/`signal=` only when given) and
 * echoes the argument as typed.
 */
import type { CommandSpec, CommandContext } from '../command.ts';
import { atLeast } from '../command.ts';
import { forEachName } from '../batch.ts';
import type { FlagSpec } from '../flags.ts';

const signalFlag: FlagSpec = { long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' };
const timeoutFlags: FlagSpec[] = [
  signalFlag,
  { long: 'time', type: 'int', usage: 'Seconds to wait before killing the container (deprecated: use --timeout)', hidden: true },
  { long: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
];

function stopLike(action: 'stop' | 'restart') {
  return async ({ flags, io, args, client }: CommandContext): Promise<number> => {
    const c = await client();
    const t = flags.has('timeout') ? flags.string('timeout') : flags.has('time') ? flags.string('time') : undefined;
    const query = { t, signal: flags.string('signal') || undefined };
    return forEachName(io, args, async (name) => {
      await c.call('POST', `/containers/${name}/${action}`, { query });
    });
  };
}

export const stop: CommandSpec = {
  name: 'stop',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  aliasText: 'docker container stop, docker stop',
  args: atLeast(1),
  flags: timeoutFlags,
  run: stopLike('stop'),
};

export const restart: CommandSpec = {
  name: 'restart',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliasText: 'docker container restart, docker restart',
  args: atLeast(1),
  flags: timeoutFlags,
  run: stopLike('restart'),
};

export const kill: CommandSpec = {
  name: 'kill',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  aliasText: 'docker container kill, docker kill',
  args: atLeast(1),
  flags: [signalFlag],
  async run({ flags, io, args, client }) {
    const c = await client();
    const query = { signal: flags.string('signal') || undefined };
    return forEachName(io, args, async (name) => {
      await c.call('POST', `/containers/${name}/kill`, { query });
    });
  },
};

function simple(name: 'pause' | 'unpause', short: string): CommandSpec {
  return {
    name,
    use: 'CONTAINER [CONTAINER...]',
    short,
    aliasText: `docker container ${name}, docker ${name}`,
    args: atLeast(1),
    flags: [],
    async run({ io, args, client }) {
      const c = await client();
      return forEachName(io, args, async (id) => {
        await c.call('POST', `/containers/${id}/${name}`);
      });
    },
  };
}

export const pause = simple('pause', 'Pause all processes within one or more containers');
export const unpause = simple('unpause', 'Unpause all processes within one or more containers');
