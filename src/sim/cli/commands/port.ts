/**
 * `docker port CONTAINER [PRIVATE_PORT[/PROTO]]`: read the container's published
 * bindings from inspect and print them as docker/cli does — `80/tcp -> 0.0.0.0:8080`
 * per binding (IPv6 hosts bracketed), natural-sorted; with a port, only its addresses.
 */
import type { CommandSpec } from '../command.ts';
import { between } from '../command.ts';
import { CliError } from '../errors.ts';
import { naturalCompare } from '../natural.ts';

type Bindings = Record<string, { HostIp: string; HostPort: string }[] | null>;

const joinHostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

export const port: CommandSpec = {
  name: 'port',
  use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  aliasText: 'docker container port, docker port',
  args: between(1, 2),
  flags: [],
  async run({ args, io, client }) {
    const inspect = await (await client()).json<{ NetworkSettings?: { Ports?: Bindings } }>('GET', `/containers/${args[0]}/json`);
    const ports = inspect.NetworkSettings?.Ports ?? {};
    const out: string[] = [];
    if (args[1] !== undefined) {
      const [number, proto = 'tcp'] = args[1].split('/');
      if (!/^\d+$/.test(number) || Number(number) > 65535) throw new CliError(`Error: invalid port (${number}): strconv.ParseUint: parsing "${number}": invalid syntax`);
      const frontends = ports[`${number}/${proto}`];
      if (!frontends || frontends.length === 0) throw new CliError(`Error: No public port '${args[1]}' published for ${args[0]}`);
      for (const f of frontends) out.push(joinHostPort(f.HostIp, f.HostPort));
    } else {
      for (const [from, frontends] of Object.entries(ports)) for (const f of frontends ?? []) out.push(`${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
    }
    if (out.length > 0) io.stdout.write(`${out.sort(naturalCompare).join('\n')}\n`);
    return 0;
  },
};
