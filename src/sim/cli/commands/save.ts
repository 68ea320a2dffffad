/**
 * `docker save [-o FILE] IMAGE...` (cli/command/image/save.go): GET /images/get with
 * every name, the tar written to the file or to standard output — but never to a
 * terminal. `writeArchive` is shared with `docker export`, which has the same rules.
 */
import type { CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import { CliError } from '../errors.ts';
import type { DockerIO } from '../io.ts';

export const refuseTerminal = 'cowardly refusing to save to a terminal. Use the -o flag or redirect';

/** Writes a tar to `-o FILE` or to stdout (command.CopyToFile / io.Copy). */
export function writeArchive(io: DockerIO, output: string, bytes: Uint8Array, what: string): void {
  if (output === '') {
    if (!io.stdoutBytes) throw new CliError('this terminal cannot take binary output: use the -o flag');
    io.stdoutBytes.write(bytes);
    return;
  }
  if (!io.files?.writeBytes) throw new CliError(`${what}: this terminal has no host files to write to`);
  try {
    io.files.writeBytes(output, bytes);
  } catch {
    const dir = output.includes('/') ? output.slice(0, output.lastIndexOf('/')) || '/' : '.';
    throw new CliError(`${what}: invalid output path: directory "${io.files.resolve?.(dir) ?? dir}" does not exist`);
  }
}

export const save: CommandSpec = {
  name: 'save',
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  aliasText: 'docker image save, docker save',
  args: atLeast(1),
  flags: [
    { long: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' },
    { long: 'platform', type: 'string', usage: 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
  ],
  async run({ flags, io, args, client }) {
    const output = flags.string('output');
    if (output === '' && (io.stdoutIsTerminal ?? io.isTTY)) throw new CliError(refuseTerminal);
    const res = await (await client()).call('GET', '/images/get', {
      query: { names: args, platform: flags.string('platform') || undefined },
    });
    writeArchive(io, output, res.body as Uint8Array, 'failed to save image');
    return 0;
  },
};
