/**
 * Turns `docker run`/`docker create` flags into the body of POST /containers/create,
 * the way docker/cli's container/opts.go `parse` does: container.Config, HostConfig and
 * NetworkingConfig merged into one JSON object, with the real defaults (`Env: null`,
 * `Volumes: {}`, `NetworkMode: "default"`, `RestartPolicy {Name: "no"}` …). Client-side
 * validation errors (`invalid hostPort: 99999`) are thrown as plain Errors for the
 * command to wrap with `docker: … Run 'docker run --help'`.
 */
import { FlagError } from './flags.ts';
import type { ParsedFlags } from './flags.ts';
import type { DockerIO } from './io.ts';
import { parsePublish, parseExpose } from './ports.ts';
import { parseMount, parseVolume } from './mounts.ts';
import { parseBytes } from './units.ts';

export interface CreateRequest {
  body: Record<string, unknown>;
  name?: string;
  platform?: string;
}

function envFromFile(io: DockerIO, file: string): string[] {
  const text = io.files?.read(file);
  if (text === undefined) throw new Error(`open ${file}: no such file or directory`);
  return text
    .split('\n')
    .map((l) => l.replace(/^\s+/, ''))
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => (l.includes('=') ? l : io.env[l] !== undefined ? `${l}=${io.env[l]}` : l));
}

function envValue(io: DockerIO, e: string): string {
  if (e.includes('=')) return e;
  return io.env[e] !== undefined ? `${e}=${io.env[e]}` : e;
}

function restartPolicy(value: string): { Name: string; MaximumRetryCount: number } {
  if (value === '') return { Name: 'no', MaximumRetryCount: 0 };
  const [name, count, extra] = value.split(':');
  if (extra !== undefined) throw new Error(`invalid restart policy format: maximum retry count must be an integer`);
  if (count !== undefined && !/^\d+$/.test(count)) throw new Error('invalid restart policy format: maximum retry count must be an integer');
  return { Name: name, MaximumRetryCount: count === undefined ? 0 : Number(count) };
}

function labelsOf(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of values) {
    const i = l.indexOf('=');
    out[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  return out;
}

/** Builds the create request; `args[0]` is the image as typed, the rest the command. */
export function buildCreateRequest(flags: ParsedFlags, args: string[], io: DockerIO): CreateRequest {
  const [image, ...cmd] = args;
  const attach = flags.list('attach');
  const detach = flags.bool('detach');
  const stdin = flags.bool('interactive');
  let attachStdin = attach.includes('stdin') || attach.includes('STDIN');
  let attachStdout = attach.some((a) => a.toLowerCase() === 'stdout');
  let attachStderr = attach.some((a) => a.toLowerCase() === 'stderr');
  for (const a of attach) {
    if (!['stdin', 'stdout', 'stderr'].includes(a.toLowerCase())) throw new Error(`valid streams are STDIN, STDOUT and STDERR`);
  }
  if (attach.length === 0 && !detach) {
    attachStdout = true;
    attachStderr = true;
    attachStdin = stdin;
  }
  if (detach && attach.length > 0) throw new Error('conflicting options: cannot specify both --attach and --detach');

  const env = [...flags.list('env-file').flatMap((f) => envFromFile(io, f)), ...flags.list('env').map((e) => envValue(io, e))];
  const { exposed, bindings } = parsePublish(flags.list('publish'));
  for (const port of parseExpose(flags.list('expose'))) exposed[port] = {};
  const binds: string[] = [];
  const volumes: Record<string, object> = {};
  for (const spec of flags.list('volume')) {
    const v = parseVolume(spec);
    if (v.bind) binds.push(spec);
    else volumes[v.target] = {};
  }
  const mounts = flags.list('mount').map((value) => {
    try {
      return parseMount(value);
    } catch (err) {
      throw new FlagError(`invalid argument ${JSON.stringify(value)} for "--mount" flag: ${(err as Error).message}`);
    }
  });
  const network = flags.string('network') || flags.string('net') || 'default';
  const entrypoint = flags.string('entrypoint');
  const stopTimeout = flags.has('stop-timeout') ? flags.int('stop-timeout') : undefined;

  const config: Record<string, unknown> = {
    Hostname: flags.string('hostname'),
    Domainname: flags.string('domainname'),
    User: flags.string('user'),
    AttachStdin: attachStdin,
    AttachStdout: attachStdout,
    AttachStderr: attachStderr,
  };
  if (Object.keys(exposed).length > 0) config.ExposedPorts = exposed;
  Object.assign(config, {
    Tty: flags.bool('tty'),
    OpenStdin: stdin,
    StdinOnce: stdin && attachStdin,
    Env: env.length > 0 ? env : null,
    Cmd: cmd.length > 0 ? cmd : null,
    Image: image,
    Volumes: volumes,
    WorkingDir: flags.string('workdir'),
    Entrypoint: entrypoint !== '' ? [entrypoint] : flags.has('entrypoint') ? [''] : null,
    OnBuild: null,
    Labels: labelsOf(flags.list('label')),
  });
  if (flags.string('stop-signal')) config.StopSignal = flags.string('stop-signal');
  if (stopTimeout !== undefined) config.StopTimeout = stopTimeout;

  const hostConfig: Record<string, unknown> = {
    Binds: binds.length > 0 ? binds : null,
    ContainerIDFile: flags.string('cidfile'),
    LogConfig: { Type: flags.string('log-driver'), Config: {} },
    NetworkMode: network,
    PortBindings: bindings,
    RestartPolicy: restartPolicy(flags.string('restart')),
    AutoRemove: flags.bool('rm'),
    VolumeDriver: flags.string('volume-driver'),
    VolumesFrom: flags.list('volumes-from').length > 0 ? flags.list('volumes-from') : null,
    ConsoleSize: [0, 0],
    CapAdd: flags.list('cap-add').length > 0 ? flags.list('cap-add') : null,
    CapDrop: flags.list('cap-drop').length > 0 ? flags.list('cap-drop') : null,
    CgroupnsMode: flags.string('cgroupns'),
    Dns: flags.list('dns'),
    DnsOptions: [...flags.list('dns-option'), ...flags.list('dns-opt')],
    DnsSearch: flags.list('dns-search'),
    ExtraHosts: flags.list('add-host').length > 0 ? flags.list('add-host') : null,
    GroupAdd: flags.list('group-add').length > 0 ? flags.list('group-add') : null,
    IpcMode: flags.string('ipc'),
    Cgroup: '',
    Links: flags.list('link').length > 0 ? flags.list('link') : null,
    OomScoreAdj: flags.int('oom-score-adj'),
    PidMode: flags.string('pid'),
    Privileged: flags.bool('privileged'),
    PublishAllPorts: flags.bool('publish-all'),
    ReadonlyRootfs: flags.bool('read-only'),
    SecurityOpt: flags.list('security-opt').length > 0 ? flags.list('security-opt') : null,
    UTSMode: flags.string('uts'),
    UsernsMode: flags.string('userns'),
    ShmSize: parseBytes(flags.string('shm-size')),
    Isolation: flags.string('isolation'),
    CpuShares: flags.int('cpu-shares'),
    Memory: parseBytes(flags.string('memory')),
    NanoCpus: flags.string('cpus') ? Math.round(Number(flags.string('cpus')) * 1e9) : 0,
    CgroupParent: flags.string('cgroup-parent'),
    BlkioWeight: flags.int('blkio-weight'),
    CpuPeriod: flags.int('cpu-period'),
    CpuQuota: flags.int('cpu-quota'),
    CpusetCpus: flags.string('cpuset-cpus'),
    CpusetMems: flags.string('cpuset-mems'),
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: parseBytes(flags.string('memory-reservation')),
    MemorySwap: parseBytes(flags.string('memory-swap')),
    MemorySwappiness: flags.int('memory-swappiness') === -1 ? null : flags.int('memory-swappiness'),
    OomKillDisable: flags.bool('oom-kill-disable'),
    PidsLimit: flags.has('pids-limit') ? flags.int('pids-limit') : null,
    Ulimits: null,
  };
  if (mounts.length > 0) hostConfig.Mounts = mounts;
  if (flags.bool('init')) hostConfig.Init = true;
  hostConfig.MaskedPaths = null;
  hostConfig.ReadonlyPaths = null;

  const aliases = [...flags.list('network-alias'), ...flags.list('net-alias')];
  const endpoint: Record<string, unknown> = {
    IPAMConfig: flags.string('ip') || flags.string('ip6') ? { IPv4Address: flags.string('ip'), IPv6Address: flags.string('ip6') } : null,
    Links: null,
    Aliases: aliases.length > 0 ? aliases : null,
    MacAddress: flags.string('mac-address'),
    DriverOpts: null,
    GwPriority: 0,
    NetworkID: '',
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: null,
  };
  const body = { ...config, HostConfig: hostConfig, NetworkingConfig: { EndpointsConfig: { [network]: endpoint } } };
  const request: CreateRequest = { body };
  if (flags.string('name')) request.name = flags.string('name');
  if (flags.string('platform')) request.platform = flags.string('platform');
  return request;
}
