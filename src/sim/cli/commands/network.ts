/**
 * `docker network …`: ls (sorted by natural name order), create (the body shape the
 * real client sends, printing the new ID), inspect, rm, connect, disconnect, prune.
 */
import type { CommandSpec, GroupSpec } from '../command.ts';
import { atLeast, exactly, noArgs } from '../command.ts';
import { filtersJson, formatFlag, forceNoPromptFlag, pruneFilterFlag } from '../common-flags.ts';
import { flagRows } from '../container-flags.ts';
import { CliError, isNotFound } from '../errors.ts';
import { naturalCompare } from '../natural.ts';
import { writeList } from '../output.ts';
import { truncateId } from '../../format/index.ts';
import { typedInspect } from './inspect.ts';
import { confirm } from './prune.ts';

interface NetworkSummary {
  Name: string;
  Id: string;
  Driver: string;
  Scope: string;
  Created?: string;
  Internal?: boolean;
  EnableIPv6?: boolean;
  Labels?: Record<string, string> | null;
}

const ls: CommandSpec = {
  name: 'ls',
  use: '[OPTIONS]',
  short: 'List networks',
  aliases: ['list'],
  args: noArgs,
  flags: [
    { long: 'filter', short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
    formatFlag,
    { long: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
  ],
  async run({ flags, io, client }) {
    const list = await (await client()).json<NetworkSummary[]>('GET', '/networks', { query: { filters: filtersJson(flags.list('filter')) } });
    const trunc = !flags.bool('no-trunc');
    const rows = [...list].sort((a, b) => naturalCompare(a.Name, b.Name)).map((n) => ({
      CreatedAt: n.Created ?? '',
      Driver: n.Driver,
      ID: trunc ? truncateId(n.Id) : n.Id,
      IPv6: String(n.EnableIPv6 ?? false),
      Internal: String(n.Internal ?? false),
      Labels: Object.entries(n.Labels ?? {}).map(([k, v]) => `${k}=${v}`).join(','),
      Name: n.Name,
      Scope: n.Scope,
    }));
    writeList(io.stdout, flags.bool('quiet') ? '{{.ID}}' : flags.string('format'), {
      defaultFormat: 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}',
      headers: { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED' },
      rows,
    });
    return 0;
  },
};

function mapOf(values: string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => (v.includes('=') ? [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)] : [v, ''])));
}

const create: CommandSpec = {
  name: 'create',
  use: '[OPTIONS] NETWORK',
  short: 'Create a network',
  args: exactly(1),
  flags: flagRows([
    ['attachable', 'bool', 'Enable manual container attachment'],
    ['aux-address', 'map', 'Auxiliary IPv4 or IPv6 addresses used by Network driver', 'map[]'],
    ['config-from', 'string', 'The network from which to copy the configuration'],
    ['config-only', 'bool', 'Create a configuration only network'],
    ['d|driver', 'string', 'Driver to manage the Network', 'bridge'],
    ['gateway', 'strings', 'IPv4 or IPv6 Gateway for the master subnet'],
    ['ingress', 'bool', 'Create swarm routing-mesh network'],
    ['internal', 'bool', 'Restrict external access to the network'],
    ['ip-range', 'strings', 'Allocate container ip from a sub-range'],
    ['ipam-driver', 'string', 'IP Address Management Driver', 'default'],
    ['ipam-opt', 'map', 'Set IPAM driver specific options', 'map[]'],
    ['ipv4', 'bool', 'Enable or disable IPv4 address assignment', 'true'],
    ['ipv6', 'bool', 'Enable or disable IPv6 address assignment'],
    ['label', 'list', 'Set metadata on a network'],
    ['o|opt', 'map', 'Set driver specific options', 'map[]'],
    ['scope', 'string', "Control the network's scope"],
    ['subnet', 'strings', 'Subnet in CIDR format that represents a network segment'],
  ]),
  async run({ flags, io, args, client }) {
    const subnets = flags.list('subnet');
    const gateways = flags.list('gateway');
    const ranges = flags.list('ip-range');
    const config = subnets.map((Subnet, i) => ({ Subnet, ...(ranges[i] ? { IPRange: ranges[i] } : {}), ...(gateways[i] ? { Gateway: gateways[i] } : {}) }));
    const body: Record<string, unknown> = {
      Driver: flags.string('driver'),
      Scope: flags.string('scope'),
      IPAM: { Driver: flags.string('ipam-driver'), Options: mapOf(flags.list('ipam-opt')), Config: config },
      Internal: flags.bool('internal'),
      Attachable: flags.bool('attachable'),
      Ingress: flags.bool('ingress'),
      ConfigOnly: flags.bool('config-only'),
      ConfigFrom: flags.string('config-from') ? { Network: flags.string('config-from') } : null,
      Options: mapOf(flags.list('opt')),
      Labels: mapOf(flags.list('label')),
    };
    if (flags.has('ipv6')) body.EnableIPv6 = flags.bool('ipv6');
    if (flags.has('ipv4')) body.EnableIPv4 = flags.bool('ipv4');
    body.Name = args[0];
    const res = await (await client()).json<{ Id: string }>('POST', '/networks/create', { body });
    io.stdout.write(res.Id + '\n');
    return 0;
  },
};

const rm: CommandSpec = {
  name: 'rm',
  use: 'NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliases: ['remove'],
  args: atLeast(1),
  flags: [{ long: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
  async run({ flags, io, args, client }) {
    const c = await client();
    const force = flags.bool('force');
    const errors: string[] = [];
    for (const name of args) {
      try {
        await c.call('DELETE', `/networks/${name}`);
        io.stdout.write(name + '\n');
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        if (force && isNotFound(err)) continue;
        errors.push(err.message);
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};

const connect: CommandSpec = {
  name: 'connect',
  use: '[OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: exactly(2),
  flags: flagRows([
    ['alias', 'strings', 'Add network-scoped alias for the container'],
    ['driver-opt', 'strings', 'driver options for the network'],
    ['gw-priority', 'int', 'Highest gw-priority provides the default gateway. Accepts positive and negative values.'],
    ['ip', 'ip', 'IPv4 address (e.g., "172.30.100.104")'],
    ['ip6', 'ip', 'IPv6 address (e.g., "2001:db8::33")'],
    ['link', 'list', 'Add link to another container'],
    ['link-local-ip', 'strings', 'Add a link-local address for the container'],
  ]),
  async run({ flags, args, client }) {
    const ip = flags.string('ip');
    const ip6 = flags.string('ip6');
    const endpoint = {
      IPAMConfig: ip || ip6 ? { IPv4Address: ip, IPv6Address: ip6, LinkLocalIPs: flags.list('link-local-ip') } : null,
      Links: flags.list('link').length ? flags.list('link') : null,
      Aliases: flags.list('alias').length ? flags.list('alias') : null,
      DriverOpts: flags.list('driver-opt').length ? mapOf(flags.list('driver-opt')) : null,
      GwPriority: flags.int('gw-priority'),
    };
    await (await client()).call('POST', `/networks/${args[0]}/connect`, { body: { Container: args[1], EndpointConfig: endpoint } });
    return 0;
  },
};

const disconnect: CommandSpec = {
  name: 'disconnect',
  use: '[OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: exactly(2),
  flags: [{ long: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' }],
  async run({ flags, args, client }) {
    await (await client()).call('POST', `/networks/${args[0]}/disconnect`, { body: { Container: args[1], Force: flags.bool('force') } });
    return 0;
  },
};

const prune: CommandSpec = {
  name: 'prune',
  use: '[OPTIONS]',
  short: 'Remove all unused networks',
  args: noArgs,
  flags: [pruneFilterFlag, forceNoPromptFlag],
  async run({ flags, io, client }) {
    if (!flags.bool('force') && !(await confirm(io, 'WARNING! This will remove all custom networks not used by at least one container.'))) return 0;
    const res = await (await client()).json<{ NetworksDeleted?: string[] | null }>('POST', '/networks/prune', { query: { filters: filtersJson(flags.list('filter')) } });
    if (res.NetworksDeleted?.length) io.stdout.write(`Deleted Networks:\n${res.NetworksDeleted.join('\n')}\n\n`);
    return 0;
  },
};

export const network: GroupSpec = {
  name: 'network',
  short: 'Manage networks',
  commands: [connect, create, disconnect, typedInspect('network', '[OPTIONS] NETWORK [NETWORK...]', 'Display detailed information on one or more networks'), ls, prune, rm],
};
