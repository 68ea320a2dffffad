/**
 * The image pull the CLI performs for `docker pull` and, after a 404, for `docker run`
 * and `docker create`: POST /images/create with `fromImage` (fully qualified name) and
 * `tag` (or the digest), `X-Registry-Auth`, and the JSON-message stream rendered to the
 * given writer. Stream errors become CliErrors with the bare message.
 */
import type { DockerClient } from './client.ts';
import { CliError } from './errors.ts';
import type { DockerIO, Writer } from './io.ts';
import { displayJsonMessages, JsonStreamError } from './jsonmessage.ts';
import { registryAuthHeader, serverAddressOf } from './auth.ts';
import { fullName } from './refs.ts';
import type { Reference } from './refs.ts';

export interface PullOptions {
  /** Where progress goes (stdout for pull, stderr for run/create); undefined hides it. */
  out?: Writer;
  platform?: string;
}

export async function pullImage(client: DockerClient, io: DockerIO, ref: Reference, options: PullOptions): Promise<void> {
  const query: Record<string, string> = { fromImage: fullName(ref), tag: ref.digest ?? ref.tag ?? '' };
  if (options.platform) query.platform = options.platform;
  const res = await client.call('POST', '/images/create', {
    query,
    headers: { 'x-registry-auth': registryAuthHeader(io, serverAddressOf(ref)) },
  });
  if (!res.messages) return;
  const sink: Writer = options.out ?? { write() {} };
  try {
    await displayJsonMessages(res.messages, sink, { tty: io.isTTY && options.out !== undefined, width: io.columns });
  } catch (err) {
    if (err instanceof JsonStreamError) throw new CliError(err.message);
    throw err;
  }
}
