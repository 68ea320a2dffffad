/**
 * One row of `docker ps`, as docker/cli's ContainerContext computes its fields from a
 * ContainerSummary: 12-hex IDs, the familiar image name, the quoted and ellipsized
 * command, "N units ago", grouped port ranges, names without their leading `/`.
 */
import { ellipsis, goQuote, goTimeString, humanSize, timeAgo, truncateId } from '../format/index.ts';
import { familiarString, normalizedNamed, trimmed } from './refs.ts';

export interface PortSummary {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

export interface ContainerSummary {
  Id: string;
  Names?: string[];
  Image?: string;
  ImageID?: string;
  Command?: string;
  Created?: number;
  Ports?: PortSummary[];
  SizeRw?: number;
  SizeRootFs?: number;
  Labels?: Record<string, string> | null;
  State?: string;
  Status?: string;
  NetworkSettings?: { Networks?: Record<string, unknown> };
  Mounts?: { Name?: string; Source?: string; Driver?: string }[];
}

export const psHeaders: Record<string, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS',
  State: 'STATE', Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS', Mounts: 'MOUNTS', Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES',
};

function imageOf(c: ContainerSummary, trunc: boolean): string {
  const image = c.Image ?? '';
  if (image === '') return '<no image>';
  if (!trunc) return image;
  if (c.ImageID && truncateId(c.ImageID) === truncateId(image)) return truncateId(image);
  try {
    return familiarString(trimmed(normalizedNamed(image)));
  } catch {
    return image;
  }
}

function compare(a: PortSummary, b: PortSummary): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  if ((a.IP ?? '') !== (b.IP ?? '')) return (a.IP ?? '') < (b.IP ?? '') ? -1 : 1;
  if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

function formGroup(key: string, first: number, last: number): string {
  const parts = key.split('/');
  const [ip, type] = parts.length > 1 ? [parts[0], parts[1]] : ['', parts[0]];
  let group = first === last ? String(first) : `${first}-${last}`;
  if (ip !== '') group = `${ip.includes(':') ? `[${ip}]` : ip}:${group}->${group}`;
  return `${group}/${type}`;
}

/** formatter.DisplayablePorts. */
export function displayablePorts(ports: PortSummary[]): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const mappings: string[] = [];
  for (const port of [...ports].sort(compare)) {
    const current = port.PrivatePort;
    let key = port.Type;
    if (port.IP) {
      if (port.PublicPort !== current) {
        const host = port.IP.includes(':') ? `[${port.IP}]` : port.IP;
        mappings.push(`${host}:${port.PublicPort}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) groups.set(key, { first: current, last: current });
    else if (current === group.last + 1) group.last = current;
    else {
      result.push(formGroup(key, group.first, group.last));
      groups.delete(key);
      groups.set(key, { first: current, last: current });
    }
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...mappings].join(', ');
}

/** The row object templates see; `{{json .}}` prints its keys sorted. */
export function containerRow(c: ContainerSummary, now: number, trunc: boolean): Record<string, string> {
  const names = (c.Names ?? []).map((n) => n.replace(/^\//, '')).filter((n) => !trunc || !n.includes('/'));
  const labels = Object.entries(c.Labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
  const mounts = (c.Mounts ?? []).map((m) => (m.Name ? m.Name : (m.Source ?? ''))).map((n) => (trunc ? ellipsis(n, 15) : n));
  const srw = humanSize(c.SizeRw ?? 0);
  const created = (c.Created ?? 0) * 1000;
  return {
    Command: goQuote(trunc ? ellipsis(c.Command ?? '', 20) : (c.Command ?? '')),
    CreatedAt: goTimeString(created),
    ID: trunc ? truncateId(c.Id) : c.Id,
    Image: imageOf(c, trunc),
    Labels: labels.join(','),
    LocalVolumes: String((c.Mounts ?? []).filter((m) => m.Driver === 'local').length),
    Mounts: mounts.join(','),
    Names: names.join(','),
    Networks: Object.keys(c.NetworkSettings?.Networks ?? {}).sort().join(','),
    Ports: displayablePorts(c.Ports ?? []),
    RunningFor: timeAgo(now, created),
    Size: (c.SizeRootFs ?? 0) > 0 ? `${srw} (virtual ${humanSize(c.SizeRootFs ?? 0)})` : srw,
    State: c.State ?? '',
    Status: c.Status ?? '',
  };
}
