/**
 * `docker info` / `docker system info`: the fixed client section, then the server
 * section printed from GET /info in docker/cli's order (system/info.go
 * prettyPrintServerInfo); daemon warnings go to stderr.
 */
import type { CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import { inspectFormatFlag } from '../common-flags.ts';
import { bytesSize } from '../../format/index.ts';
import { formatEach } from '../output.ts';
import { CliError } from '../errors.ts';

type Info = Record<string, unknown> & {
  Plugins?: { Volume?: string[]; Network?: string[]; Log?: string[] };
  DriverStatus?: [string, string][];
  Runtimes?: Record<string, unknown>;
  SecurityOptions?: string[];
  RegistryConfig?: { InsecureRegistryCIDRs?: string[]; Mirrors?: string[] };
  Swarm?: { LocalNodeState?: string };
  Warnings?: string[] | null;
  Labels?: string[];
};

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function serverLines(i: Info): string[] {
  const out: string[] = [];
  const line = (s: string) => out.push(s);
  line(` Containers: ${str(i.Containers)}`);
  line(`  Running: ${str(i.ContainersRunning)}`);
  line(`  Paused: ${str(i.ContainersPaused)}`);
  line(`  Stopped: ${str(i.ContainersStopped)}`);
  line(` Images: ${str(i.Images)}`);
  line(` Server Version: ${str(i.ServerVersion)}`);
  line(` Storage Driver: ${str(i.Driver)}`);
  for (const [k, v] of i.DriverStatus ?? []) line(`  ${k}: ${v}`);
  line(` Logging Driver: ${str(i.LoggingDriver)}`);
  line(` Cgroup Driver: ${str(i.CgroupDriver)}`);
  line(` Cgroup Version: ${str(i.CgroupVersion)}`);
  line(' Plugins:');
  line(`  Volume: ${(i.Plugins?.Volume ?? []).join(' ')}`);
  line(`  Network: ${(i.Plugins?.Network ?? []).join(' ')}`);
  line(`  Log: ${(i.Plugins?.Log ?? []).join(' ')}`);
  line(` Swarm: ${i.Swarm?.LocalNodeState ?? 'inactive'}`);
  line(` Runtimes: ${Object.keys(i.Runtimes ?? {}).sort().join(' ')}`);
  line(` Default Runtime: ${str(i.DefaultRuntime)}`);
  line(` Init Binary: ${str(i.InitBinary)}`);
  const commit = (k: string) => str((i[k] as { ID?: string } | undefined)?.ID);
  line(` containerd version: ${commit('ContainerdCommit')}`);
  line(` runc version: ${commit('RuncCommit')}`);
  line(` init version: ${commit('InitCommit')}`);
  if (i.SecurityOptions?.length) {
    line(' Security Options:');
    for (const opt of i.SecurityOptions) {
      const kv = Object.fromEntries(opt.split(',').map((p) => p.split('=') as [string, string]));
      line(`  ${kv.name ?? opt}`);
      for (const [k, v] of Object.entries(kv)) if (k !== 'name') line(`   ${k[0].toUpperCase()}${k.slice(1)}: ${v}`);
    }
  }
  line(` Kernel Version: ${str(i.KernelVersion)}`);
  line(` Operating System: ${str(i.OperatingSystem)}`);
  line(` OSType: ${str(i.OSType)}`);
  line(` Architecture: ${str(i.Architecture)}`);
  line(` CPUs: ${str(i.NCPU)}`);
  line(` Total Memory: ${bytesSize(Number(i.MemTotal ?? 0))}`);
  line(` Name: ${str(i.Name)}`);
  line(` ID: ${str(i.ID)}`);
  line(` Docker Root Dir: ${str(i.DockerRootDir)}`);
  line(` Debug Mode: ${str(i.Debug ?? false)}`);
  if (i.Labels?.length) {
    line(' Labels:');
    for (const l of i.Labels) line(`  ${l}`);
  }
  line(` Experimental: ${str(i.ExperimentalBuild ?? false)}`);
  const insecure = i.RegistryConfig?.InsecureRegistryCIDRs ?? [];
  if (insecure.length) {
    line(' Insecure Registries:');
    for (const r of insecure) line(`  ${r}`);
  }
  line(` Live Restore Enabled: ${str(i.LiveRestoreEnabled ?? false)}`);
  return out;
}

export const info: CommandSpec = {
  name: 'info',
  use: '[OPTIONS]',
  short: 'Display system-wide information',
  aliasText: 'docker system info, docker info',
  args: noArgs,
  flags: [inspectFormatFlag],
  async run({ flags, io, client }) {
    let server: Info | undefined;
    let failure: CliError | undefined;
    try {
      server = await (await client()).json<Info>('GET', '/info');
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      failure = err;
    }
    const format = flags.string('format');
    if (format) {
      io.stdout.write(formatEach(format === 'json' ? '{{json .}}' : format, [{ ...(server ?? {}), ClientInfo: { Debug: false, Context: 'default' } }]));
      return failure ? 1 : 0;
    }
    let text = 'Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\nServer:\n';
    if (failure) {
      io.stdout.write(text);
      io.stderr.write(`ERROR: ${failure.message}\nerrors pretty printing info\n`);
      return 1;
    }
    text += serverLines(server as Info).join('\n') + '\n\n';
    io.stdout.write(text);
    for (const w of server?.Warnings ?? []) io.stderr.write(w + '\n');
    return 0;
  },
};
