/**
 * `docker export [-o FILE] CONTAINER` (cli/command/container/export.go): GET
 * /containers/{id}/export, the tar of the container's whole filesystem, written like
 * `docker save` writes (a file, or redirected standard output, never a terminal).
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { CliError } from '../errors.ts';
import { refuseTerminal, writeArchive } from './save.ts';

export const exportCmd: CommandSpec = {
  name: 'export',
  use: '[OPTIONS] CONTAINER',
  short: "Export a container's filesystem as a tar archive",
  aliasText: 'docker container export, docker export',
  args: exactly(1),
  flags: [{ long: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' }],
  async run({ flags, io, args, client }) {
    const output = flags.string('output');
    if (output === '' && (io.stdoutIsTerminal ?? io.isTTY)) throw new CliError(refuseTerminal);
    const res = await (await client()).call('GET', `/containers/${encodeURIComponent(args[0])}/export`);
    writeArchive(io, output, res.body as Uint8Array, 'failed to export container');
    return 0;
  },
};
