/**
 * `docker start`: POST /containers/{name}/start per argument, echoing each name; failed
 * ones are printed as they fail and summed up as `failed to start containers: …`.
 * With -a (one container): inspect for Tty, attach, wait, start, copy the output and
 * exit with the container's status.
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { attach, exitStatus, waitExit } from '../attach.ts';
import { CliError } from '../errors.ts';
import { copyFrames } from '../frames.ts';

export const start: CommandSpec = {
  name: 'start',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  aliasText: 'docker container start, docker start',
  args: atLeast(1),
  flags: [
    { long: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { long: 'checkpoint', type: 'string', usage: 'Restore from this checkpoint' },
    { long: 'checkpoint-dir', type: 'string', usage: 'Use a custom checkpoint storage directory' },
    { long: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { long: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
  ],
  async run({ flags, io, args, client }) {
    const c = await client();
    if (flags.bool('attach') || flags.bool('interactive')) {
      if (args.length > 1) throw new CliError('you cannot start and attach multiple containers at once');
      const info = await c.json<{ Id: string; Config?: { Tty?: boolean } }>('GET', `/containers/${args[0]}/json`);
      const frames = await attach(c, io, args[0], { stdin: flags.bool('interactive'), stdout: true, stderr: true });
      const status = await waitExit(c, args[0], 'next-exit');
      await c.call('POST', `/containers/${args[0]}/start`);
      await copyFrames(frames, io, info.Config?.Tty === true);
      return exitStatus(await status.result, io);
    }
    const failed: string[] = [];
    for (const name of args) {
      try {
        await c.call('POST', `/containers/${name}/start`);
        io.stdout.write(name + '\n');
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        io.stderr.write(err.message + '\n');
        failed.push(name);
      }
    }
    if (failed.length > 0) throw new CliError(`Error: failed to start containers: ${failed.join(', ')}`);
    return 0;
  },
};
