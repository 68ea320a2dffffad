/**
 * `docker volume …`: ls (natural name order), create (prints the name), inspect, rm,
 * prune (anonymous volumes, or all unused with -a).
 */
import type { CommandSpec, GroupSpec } from '../command.ts';
import { atLeast, atMost, noArgs } from '../command.ts';
import { filtersJson, formatFlag, forceNoPromptFlag } from '../common-flags.ts';
import { flagRows } from '../container-flags.ts';
import { forEachName } from '../batch.ts';
import { CliError } from '../errors.ts';
import { naturalCompare } from '../natural.ts';
import { writeList } from '../output.ts';
import { humanSize4 } from '../../format/index.ts';
import { typedInspect } from './inspect.ts';
import { confirm } from './prune.ts';

interface Volume {
  Name: string;
  Driver: string;
  Mountpoint?: string;
  Scope?: string;
  Labels?: Record<string, string> | null;
}

const ls: CommandSpec = {
  name: 'ls',
  use: '[OPTIONS]',
  short: 'List volumes',
  aliases: ['list'],
  args: noArgs,
  flags: [
    { long: 'cluster', type: 'bool', usage: 'Display only cluster volumes, and use cluster volume list formatting' },
    { long: 'filter', short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "dangling=true")' },
    formatFlag,
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
  ],
  async run({ flags, io, client }) {
    const res = await (await client()).json<{ Volumes?: Volume[] | null }>('GET', '/volumes', { query: { filters: filtersJson(flags.list('filter')) } });
    const rows = [...(res.Volumes ?? [])].sort((a, b) => naturalCompare(a.Name, b.Name)).map((v) => ({
      Driver: v.Driver,
      Labels: Object.entries(v.Labels ?? {}).map(([k, x]) => `${k}=${x}`).join(','),
      Mountpoint: v.Mountpoint ?? '',
      Name: v.Name,
      Scope: v.Scope ?? '',
    }));
    writeList(io.stdout, flags.bool('quiet') ? '{{.Name}}' : flags.string('format'), {
      defaultFormat: 'table {{.Driver}}\t{{.Name}}',
      headers: { Driver: 'DRIVER', Name: 'VOLUME NAME', Labels: 'LABELS', Mountpoint: 'MOUNTPOINT', Scope: 'SCOPE' },
      rows,
    });
    return 0;
  },
};

const create: CommandSpec = {
  name: 'create',
  use: '[OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: atMost(1),
  flags: flagRows([
    ['d|driver', 'string', 'Specify volume driver name', 'local'],
    ['label', 'list', 'Set metadata for a volume'],
    ['name', 'string', 'Specify volume name', undefined, true],
    ['o|opt', 'map', 'Set driver specific options', 'map[]'],
  ]),
  async run({ flags, io, args, client }) {
    if (args[0] && flags.string('name') && args[0] !== flags.string('name')) {
      throw new CliError(`conflicting options: cannot specify a volume-name through both --name and as a positional arg`);
    }
    const body: Record<string, unknown> = { Driver: flags.string('driver') };
    const kv = (vs: string[]) => Object.fromEntries(vs.map((v) => (v.includes('=') ? [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)] : [v, ''])));
    if (flags.list('opt').length) body.DriverOpts = kv(flags.list('opt'));
    if (flags.list('label').length) body.Labels = kv(flags.list('label'));
    const name = args[0] ?? flags.string('name');
    if (name) body.Name = name;
    const vol = await (await client()).json<Volume>('POST', '/volumes/create', { body });
    io.stdout.write(vol.Name + '\n');
    return 0;
  },
};

const rm: CommandSpec = {
  name: 'rm',
  use: '[OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  aliases: ['remove'],
  args: atLeast(1),
  flags: [{ long: 'force', short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' }],
  async run({ flags, io, args, client }) {
    const c = await client();
    return forEachName(io, args, async (name) => {
      await c.call('DELETE', `/volumes/${name}`, { query: { force: flags.bool('force') ? '1' : undefined } });
    });
  },
};

const prune: CommandSpec = {
  name: 'prune',
  use: '[OPTIONS]',
  short: 'Remove unused local volumes',
  args: noArgs,
  flags: [
    { long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
    { long: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
    forceNoPromptFlag,
  ],
  async run({ flags, io, client }) {
    const all = flags.bool('all');
    const warning = all
      ? 'WARNING! This will remove all local volumes not used by at least one container.'
      : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
    if (!flags.bool('force') && !(await confirm(io, warning))) return 0;
    const filters = filtersJson(flags.list('filter'), all ? [['all', 'true']] : []);
    const res = await (await client()).json<{ VolumesDeleted?: string[] | null; SpaceReclaimed?: number }>('POST', '/volumes/prune', { query: { filters } });
    let out = '';
    if (res.VolumesDeleted?.length) out += `Deleted Volumes:\n${res.VolumesDeleted.join('\n')}\n\n`;
    io.stdout.write(out + `Total reclaimed space: ${humanSize4(res.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};

export const volume: GroupSpec = {
  name: 'volume',
  short: 'Manage volumes',
  commands: [create, typedInspect('volume', '[OPTIONS] VOLUME [VOLUME...]', 'Display detailed information on one or more volumes'), ls, prune, rm],
};
