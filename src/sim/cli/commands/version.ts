/**
 * `docker version`: the client section is fixed (the 28.2.2 binary this simulates);
 * the server section comes from GET /version, one block per component.
 */
import type { CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import { formatEach } from '../output.ts';
import { CliError } from '../errors.ts';

interface Component {
  Name: string;
  Version: string;
  Details?: Record<string, string>;
}

interface ServerVersion {
  Platform?: { Name?: string };
  Components?: Component[];
  Version?: string;
  ApiVersion?: string;
  MinAPIVersion?: string;
  GitCommit?: string;
  GoVersion?: string;
  Os?: string;
  Arch?: string;
  KernelVersion?: string;
  Experimental?: boolean;
  BuildTime?: string;
}

export const clientSection = [
  'Client:',
  ' Version:           28.2.2',
  ' API version:       1.50',
  ' Go version:        go1.24.3',
  ' Git commit:        e6534b4',
  ' Built:             Fri May 30 12:07:14 2025',
  ' OS/Arch:           linux/amd64',
  ' Context:           default',
].join('\n');

function goBuildTime(s: string | undefined): string {
  if (!s) return '';
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return s;
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const t = d.toISOString().slice(11, 19);
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${t} ${d.getUTCFullYear()}`;
}

function component(c: Component): string {
  const d = c.Details ?? {};
  if (c.Name === 'Engine') {
    return [
      ' Engine:',
      `  Version:          ${c.Version}`,
      `  API version:      ${d.ApiVersion ?? ''} (minimum version ${d.MinAPIVersion ?? ''})`,
      `  Go version:       ${d.GoVersion ?? ''}`,
      `  Git commit:       ${d.GitCommit ?? ''}`,
      `  Built:            ${goBuildTime(d.BuildTime)}`,
      `  OS/Arch:          ${d.Os ?? ''}/${d.Arch ?? ''}`,
      `  Experimental:     ${d.Experimental ?? 'false'}`,
    ].join('\n');
  }
  const lines = [` ${c.Name}:`, `  Version:          ${c.Version}`];
  for (const [k, v] of Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`  ${(k + ':').padEnd(18)}${v}`);
  return lines.join('\n');
}

export const version: CommandSpec = {
  name: 'version',
  use: '[OPTIONS]',
  short: 'Show the Docker version information',
  args: noArgs,
  flags: [{ long: 'format', short: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" }],
  async run({ flags, io, client }) {
    let server: ServerVersion | undefined;
    let failure: CliError | undefined;
    try {
      server = await (await client()).json<ServerVersion>('GET', '/version');
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      failure = err;
    }
    const format = flags.string('format');
    if (format) {
      const data = { Client: { Version: '28.2.2', ApiVersion: '1.50', DefaultAPIVersion: '1.50', GitCommit: 'e6534b4', GoVersion: 'go1.24.3', Os: 'linux', Arch: 'amd64', BuildTime: 'Fri May 30 12:07:14 2025', Context: 'default' }, Server: server ?? null };
      io.stdout.write(formatEach(format === 'json' ? '{{json .}}' : format, [data]));
    } else {
      let text = clientSection + '\n';
      if (server) text += `\nServer: ${server.Platform?.Name ?? ''}\n${(server.Components ?? []).map(component).join('\n')}\n`;
      io.stdout.write(text);
    }
    if (failure) throw failure;
    return 0;
  },
};
