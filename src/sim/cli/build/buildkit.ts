/**
 * `docker build` as buildx does it with the docker driver: the context goes to
 * `POST /build?version=2` (Dockyard's BuildKit transport, see the engine's solver), the
 * trace is rendered in the plain progress format on stderr (`--progress=plain|auto|tty`;
 * Dockyard has no TTY renderer, so all three print plain), `-q` / `--progress=quiet`
 * print nothing but `-q` writes the image ID to stdout. A failure prints the failed
 * vertex's logs, the Dockerfile excerpt, and `ERROR: failed to solve: …`, exit 1.
 */
import { isTraceMessage, SOURCE_ID, type ErrorSource } from '../../../engine/builder/buildkit/solve-status.ts';
import { CliError } from '../errors.ts';
import type { DockerIO } from '../io.ts';
import type { DockerClient } from '../client.ts';
import { PlainPrinter } from './plain-printer.ts';
import { formatSource } from './source.ts';

export interface BuildkitRequest {
  io: DockerIO;
  client: DockerClient;
  query: Record<string, string | string[] | undefined>;
  tar: Uint8Array;
  progress: string;
  quiet: boolean;
}

const MODES = ['auto', 'plain', 'tty', 'quiet', 'rawjson'];

/** Resolves to the image ID; throws CliError on a failed build. */
export async function buildWithBuildkit(req: BuildkitRequest): Promise<string> {
  const { io } = req;
  if (!MODES.includes(req.progress)) throw new CliError(`ERROR: invalid progress mode ${req.progress}`);
  const silent = req.quiet || req.progress === 'quiet';
  const printer = new PlainPrinter(silent ? { write: () => undefined } : io.stderr);
  printer.describe('building with "default" instance using docker driver');
  const res = await req.client.call('POST', '/build', {
    query: { ...req.query, version: '2' },
    headers: { 'content-type': 'application/x-tar', 'x-registry-config': 'e30=' },
    body: req.tar,
  });
  let imageId = '';
  let source: ErrorSource | undefined;
  let failure = '';
  for await (const m of res.messages ?? []) {
    if (isTraceMessage(m)) printer.update(m.aux);
    else if (m.id === SOURCE_ID) source = m.aux as ErrorSource;
    else if (m.errorDetail) failure = m.errorDetail.message;
    else if (m.aux && typeof (m.aux as { ID?: unknown }).ID === 'string') imageId = (m.aux as { ID: string }).ID;
  }
  if (!res.messages && res.status >= 400) failure = (res.body as { message?: string } | undefined)?.message ?? `HTTP ${res.status}`;
  if (failure) {
    printer.errorLogs();
    io.stderr.write(source ? formatSource(source) : '');
    throw new CliError(`ERROR: ${failure}`, 1);
  }
  if (req.quiet) io.stdout.write(`${imageId}\n`);
  return imageId;
}
