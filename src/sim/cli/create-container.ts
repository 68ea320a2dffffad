/**
 * The create half of `docker run` and `docker create` (docker/cli container/create.go
 * createContainer): POST /containers/create; on 404 print `Unable to find image
 * 'x:latest' locally` to stderr, pull with progress on stderr, and create again.
 * `--pull always|missing|never` and `-q` are honoured; warnings go to stderr.
 */
import type { CommandContext } from './command.ts';
import type { DockerClient } from './client.ts';
import { buildCreateRequest } from './container-config.ts';
import { CliError, isNotFound } from './errors.ts';
import { FlagError } from './flags.ts';
import { flagError } from './help.ts';
import { pullImage } from './pull.ts';
import { anyReference, familiarString, isNamed, tagNameOnly } from './refs.ts';
import type { Reference } from './refs.ts';

export interface Created {
  id: string;
  body: Record<string, unknown>;
}

/** Plain errors from option parsing become `docker: <err>` with the help hint, exit 125. */
export function createBody(ctx: CommandContext): ReturnType<typeof buildCreateRequest> {
  try {
    return buildCreateRequest(ctx.flags, ctx.args, ctx.io);
  } catch (err) {
    if (err instanceof FlagError) throw flagError(err.message, ctx.path, ctx.usage);
    throw err;
  }
}

export async function createContainer(ctx: CommandContext, c: DockerClient): Promise<Created> {
  const { io, flags } = ctx;
  const request = createBody(ctx);
  const image = ctx.args[0];
  let named: Reference | undefined;
  const parsed = anyReference(image);
  if (isNamed(parsed)) named = tagNameOnly(parsed);
  const pullPolicy = flags.string('pull');
  if (!['always', 'missing', 'never', ''].includes(pullPolicy)) {
    throw new Error(`invalid pull option: '${pullPolicy}': must be one of "always", "missing" or "never"`);
  }
  const quiet = flags.bool('quiet');
  const doPull = async () => {
    if (!named) throw new CliError(`No such image: ${image}`);
    await pullImage(c, io, named, { out: quiet ? undefined : io.stderr, platform: request.platform });
  };
  const query = { name: request.name, platform: request.platform };
  const create = () => c.json<{ Id: string; Warnings?: string[] | null }>('POST', '/containers/create', { query, body: request.body });

  if (pullPolicy === 'always') await doPull();
  let res;
  try {
    res = await create();
  } catch (err) {
    if (!isNotFound(err) || pullPolicy === 'never' || pullPolicy === 'always' || !named) throw err;
    if (!quiet) io.stderr.write(`Unable to find image '${familiarString(named)}' locally\n`);
    await doPull();
    res = await create();
  }
  for (const w of res.Warnings ?? []) io.stderr.write(`WARNING: ${w}\n`);
  return { id: res.Id, body: request.body };
}

/** Reference errors are checked before anything is sent (ParseAnyReference). */
export function validateImage(ctx: CommandContext): void {
  anyReference(ctx.args[0]);
}
