/**
 * `docker load [-i FILE]` (cli/command/image/load.go): POST /images/load with the
 * archive from the file or standard input; the daemon's `Loaded image: …` lines are
 * printed as they stream back. `readArchive` is shared with `docker import`.
 */
import type { CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import { CliError } from '../errors.ts';
import type { DockerIO } from '../io.ts';
import { displayJsonMessages, JsonStreamError } from '../jsonmessage.ts';
import type { ApiResponse } from '../daemon-api.ts';

/** The bytes of a host file (os.Open's error when missing) or, for `-`/``, all of stdin. */
export async function readArchive(io: DockerIO, path: string): Promise<Uint8Array> {
  if (path !== '' && path !== '-') {
    const bytes = io.files?.readBytes?.(path);
    if (!bytes) throw new CliError(`open ${path}: no such file or directory`);
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  for (let chunk = await io.stdin?.read(); chunk; chunk = await io.stdin?.read()) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** Prints a JSON-message answer (load, import) as the CLI does. */
export async function showMessages(io: DockerIO, res: ApiResponse): Promise<void> {
  if (!res.messages) return;
  try {
    await displayJsonMessages(res.messages, io.stdout, { tty: io.isTTY, width: io.columns });
  } catch (err) {
    if (err instanceof JsonStreamError) throw new CliError(err.message);
    throw err;
  }
}

export const load: CommandSpec = {
  name: 'load',
  use: '[OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  aliasText: 'docker image load, docker load',
  args: noArgs,
  flags: [
    { long: 'input', short: 'i', type: 'string', usage: 'Read from tar archive file, instead of STDIN' },
    { long: 'platform', type: 'string', usage: 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the load output' },
  ],
  async run({ flags, io, client }) {
    const input = flags.string('input');
    if (input === '' && ((io.stdinIsTerminal ?? io.isTTY) || !io.stdin)) throw new CliError('requested load from stdin, but stdin is empty');
    const body = await readArchive(io, input);
    const quiet = flags.bool('quiet') || !io.isTTY;
    const res = await (await client()).call('POST', '/images/load', {
      query: { quiet: quiet ? '1' : undefined, platform: flags.string('platform') || undefined },
      headers: { 'content-type': 'application/x-tar' },
      body,
    });
    await showMessages(io, res);
    return 0;
  },
};
