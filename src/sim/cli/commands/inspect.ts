/**
 * `docker inspect` and its typed forms. Untyped lookup tries, in the real client's
 * order, container, image, network, volume, (the swarm check via /info) and plugin;
 * typed forms call only their endpoint. Found objects print as one JSON array indented
 * four spaces (`[]` when none), or through `--format`; misses are reported after.
 */
import type { CommandContext, CommandSpec } from '../command.ts';
import { atLeast } from '../command.ts';
import type { DockerClient } from '../client.ts';
import { inspectFormatFlag } from '../common-flags.ts';
import { CliError, isNotFound } from '../errors.ts';
import { goJson } from '../../format/index.ts';
import { formatEach } from '../output.ts';

type Getter = (c: DockerClient, name: string, ctx: CommandContext) => Promise<unknown>;

const getters: Record<string, Getter> = {
  container: (c, name, ctx) => c.json('GET', `/containers/${name}/json`, { query: { size: ctx.flags.bool('size') ? '1' : undefined } }),
  image: (c, name) => c.json('GET', `/images/${name}/json`),
  network: (c, name) => c.json('GET', `/networks/${name}`),
  volume: (c, name) => c.json('GET', `/volumes/${name}`),
  plugin: (c, name) => c.json('GET', `/plugins/${name}/json`),
};

async function untyped(c: DockerClient, name: string, ctx: CommandContext): Promise<unknown> {
  for (const kind of ['container', 'image', 'network', 'volume']) {
    try {
      return await getters[kind](c, name, ctx);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  await c.call('GET', '/info');
  try {
    return await getters.plugin(c, name, ctx);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
  }
  throw new CliError(`Error: No such object: ${name}`);
}

function printInspect(ctx: CommandContext, found: unknown[]): void {
  const format = ctx.flags.string('format');
  if (format) ctx.io.stdout.write(formatEach(format, found));
  else ctx.io.stdout.write((found.length === 0 ? '[]' : goJson(found, { indent: '    ' })) + '\n');
}

async function inspectAll(ctx: CommandContext, get: (c: DockerClient, name: string) => Promise<unknown>): Promise<number> {
  const c = await ctx.client();
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const name of ctx.args) {
    try {
      found.push(await get(c, name));
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      errors.push(err.message);
    }
  }
  printInspect(ctx, found);
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}

export const inspect: CommandSpec = {
  name: 'inspect',
  use: '[OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: atLeast(1),
  flags: [
    inspectFormatFlag,
    { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    { long: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
  ],
  async run(ctx) {
    const type = ctx.flags.string('type');
    if (type && !getters[type]) throw new CliError(`"${type}" is not a valid value for --type`);
    return inspectAll(ctx, (c, name) => (type ? getters[type](c, name, ctx) : untyped(c, name, ctx)));
  },
};

export const containerInspect: CommandSpec = {
  name: 'inspect',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: atLeast(1),
  flags: [inspectFormatFlag, { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' }],
  run: (ctx) => inspectAll(ctx, (c, name) => getters.container(c, name, ctx)),
};

export const imageInspect: CommandSpec = {
  name: 'inspect',
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: atLeast(1),
  flags: [inspectFormatFlag, { long: 'platform', type: 'string', usage: "Inspect a specific platform of the multi-platform image.\nIf the image or the server is not multi-platform capable, the command will error out if the platform does not match.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)" }],
  run: (ctx) => inspectAll(ctx, (c, name) => getters.image(c, name, ctx)),
};

/** `docker network inspect` / `docker volume inspect` share the same printing. */
export function typedInspect(kind: 'network' | 'volume', use: string, short: string): CommandSpec {
  return {
    name: 'inspect',
    use,
    short,
    args: atLeast(1),
    flags: [inspectFormatFlag, ...(kind === 'network' ? [{ long: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' }] : [])],
    run: (ctx) => inspectAll(ctx, (c, name) => getters[kind](c, name, ctx)),
  };
}
