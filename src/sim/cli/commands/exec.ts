/**
 * `docker exec`: GET /containers/{name}/json (existence), POST /containers/{name}/exec
 * with the ExecConfig the real client sends, POST /exec/{id}/start (hijacked unless
 * detached), then GET /exec/{id}/json for the exit code.
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { CliError } from '../errors.ts';
import { copyFrames } from '../frames.ts';
import { flagRows } from '../container-flags.ts';
import { stdinChunks } from '../attach.ts';

export const exec: CommandSpec = {
  name: 'exec',
  use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  aliasText: 'docker container exec, docker exec',
  args: atLeast(2),
  interspersed: false,
  flags: flagRows([
    ['d|detach', 'bool', 'Detached mode: run command in the background'],
    ['detach-keys', 'string', 'Override the key sequence for detaching a container'],
    ['e|env', 'list', 'Set environment variables'],
    ['env-file', 'list', 'Read in a file of environment variables'],
    ['i|interactive', 'bool', 'Keep STDIN open even if not attached'],
    ['privileged', 'bool', 'Give extended privileges to the command'],
    ['t|tty', 'bool', 'Allocate a pseudo-TTY'],
    ['u|user', 'string', 'Username or UID (format: "<name|uid>[:<group|gid>]")'],
    ['w|workdir', 'string', 'Working directory inside the container'],
  ]),
  async run({ flags, io, args, client }) {
    const [container, ...cmd] = args;
    const c = await client();
    await c.call('GET', `/containers/${container}/json`);
    const detach = flags.bool('detach');
    const tty = flags.bool('tty');
    const stdin = flags.bool('interactive');
    const env = flags.list('env').map((e) => (e.includes('=') || io.env[e] === undefined ? e : `${e}=${io.env[e]}`));
    const config = {
      User: flags.string('user'),
      Privileged: flags.bool('privileged'),
      Tty: tty,
      ConsoleSize: null,
      AttachStdin: stdin && !detach,
      AttachStderr: !detach,
      AttachStdout: !detach,
      Detach: detach,
      DetachKeys: flags.string('detach-keys'),
      Env: env.length > 0 ? env : null,
      WorkingDir: flags.string('workdir'),
      Cmd: cmd,
    };
    const { Id } = await c.json<{ Id: string }>('POST', `/containers/${container}/exec`, { body: config });
    if (!Id) throw new CliError('exec ID empty');
    if (detach) {
      await c.call('POST', `/exec/${Id}/start`, { body: { Detach: true, Tty: tty, ConsoleSize: null } });
      return 0;
    }
    // Stdin, when attached, is handed to the hijacked stream as `stdin` next to the JSON body.
    const res = await c.call('POST', `/exec/${Id}/start`, {
      headers: { connection: 'Upgrade', upgrade: 'tcp', 'content-type': 'application/json' },
      body: stdin ? { Detach: false, Tty: tty, ConsoleSize: null, stdin: stdinChunks(io) } : { Detach: false, Tty: tty, ConsoleSize: null },
    });
    await copyFrames(res.frames, io, tty);
    const inspect = await c.json<{ ExitCode?: number; Running?: boolean }>('GET', `/exec/${Id}/json`);
    return inspect.ExitCode ?? 0;
  },
};
