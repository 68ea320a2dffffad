/**
 * The Containers list and one container's details, from `GET /containers/json?all=1`
 * and `GET /containers/{id}/json`: state (as a word, never colour alone), published
 * ports as `docker ps` writes them, mounts, environment, the command.
 */
import type { ContainerInspect, ContainerSummary, MountPoint, PortSummary } from './engine-json.ts';

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'removing' | 'dead';

export interface ContainerRow {
  id: string;
  shortId: string;
  name: string;
  image: string;
  command: string;
  state: ContainerState;
  /** `Up 5 minutes`, `Exited (0) 2 seconds ago`… as the API says it. */
  status: string;
  ports: string;
}

export interface ContainerDetail {
  name: string;
  state: ContainerState;
  /** e.g. `exited with code 1`; '' while running. */
  exit: string;
  image: string;
  command: string;
  workingDir: string;
  user: string;
  ports: string[];
  mounts: { type: string; source: string; destination: string; access: string }[];
  env: { name: string; value: string }[];
  networks: { name: string; ip: string }[];
  restartPolicy: string;
}

const states = new Set<ContainerState>(['created', 'running', 'paused', 'restarting', 'exited', 'removing', 'dead']);

export function stateOf(state: string): ContainerState {
  const s = state.toLowerCase() as ContainerState;
  return states.has(s) ? s : 'dead';
}

/**
 * `docker ps` PORTS: `0.0.0.0:8080->3000/tcp`, or `3000/tcp` when only exposed.
 * @example portText({ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }) === '0.0.0.0:8080->80/tcp'
 */
export function portText(p: PortSummary): string {
  if (p.PublicPort === undefined) return `${p.PrivatePort}/${p.Type}`;
  const ip = hostIp(p.IP);
  return `${ip}:${p.PublicPort}->${p.PrivatePort}/${p.Type}`;
}

function hostIp(ip: string | undefined): string {
  if (!ip) return '0.0.0.0';
  return ip.includes(':') ? `[${ip}]` : ip;
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg);
}

export function containerRows(list: readonly ContainerSummary[]): ContainerRow[] {
  return [...list]
    .sort((a, b) => b.Created - a.Created)
    .map((c) => ({
      id: c.Id,
      shortId: c.Id.slice(0, 12),
      name: (c.Names[0] ?? '').replace(/^\//, ''),
      image: c.Image,
      command: c.Command,
      state: stateOf(c.State),
      status: c.Status,
      ports: (c.Ports ?? []).map(portText).join(', '),
    }));
}

function bindings(map: ContainerInspect['NetworkSettings']['Ports'] | undefined, fallback: ContainerInspect['HostConfig']['PortBindings'] | undefined): string[] {
  const source = map && Object.values(map).some((v) => v && v.length > 0) ? map : (fallback ?? map ?? {});
  const out: string[] = [];
  for (const [port, hosts] of Object.entries(source ?? {})) {
    if (!hosts || hosts.length === 0) out.push(`${port} (exposed, not published)`);
    else for (const h of hosts) out.push(`${hostIp(h.HostIp)}:${h.HostPort} → ${port}`);
  }
  return out;
}

function mountRow(m: MountPoint) {
  return { type: m.Type, source: m.Type === 'volume' && m.Name ? m.Name : m.Source, destination: m.Destination, access: m.RW ? 'read-write' : 'read-only' };
}

export function containerDetail(c: ContainerInspect): ContainerDetail {
  const state = stateOf(c.State.Status);
  return {
    name: c.Name.replace(/^\//, ''),
    state,
    exit: state === 'exited' || state === 'dead' ? `exited with code ${c.State.ExitCode}${c.State.Error ? `: ${c.State.Error}` : ''}` : '',
    image: c.Config.Image,
    command: [c.Path, ...c.Args].map(quoteArg).join(' '),
    workingDir: c.Config.WorkingDir || '/',
    user: c.Config.User || 'root (default)',
    ports: bindings(c.NetworkSettings.Ports, c.HostConfig.PortBindings),
    mounts: (c.Mounts ?? []).map(mountRow),
    env: (c.Config.Env ?? []).map((e) => {
      const eq = e.indexOf('=');
      return eq < 0 ? { name: e, value: '' } : { name: e.slice(0, eq), value: e.slice(eq + 1) };
    }),
    networks: Object.entries(c.NetworkSettings.Networks ?? {}).map(([name, n]) => ({ name, ip: n.IPAddress || '—' })),
    restartPolicy: c.HostConfig.RestartPolicy?.Name || 'no',
  };
}
