/**
 * The JSON views of a container: the list item (`GET /containers/json`, ContainerSummary)
 * and the full inspect document (`GET /containers/{id}/json`), with the Engine API's
 * field names and conventions.
 */
import type { Container } from '../../container/container.ts';
import { inspectTime, statusString } from '../../container/state.ts';
import type { DaemonContext } from '../context.ts';
import { sizeRw } from './changes.ts';
import { containerNetworkSettings } from '../../network/views.ts';
import { mountPointView } from '../../volume/container-mounts.ts';

/** Only a running container has ports: published bindings plus exposed-only ports. */
function portList(container: Container) {
  if (!container.isRunning) return [];
  const published = container.ports.map((p) => ({ IP: p.hostIp, PrivatePort: p.privatePort, PublicPort: p.hostPort, Type: p.type }));
  const publishedKeys = new Set(container.ports.map((p) => `${p.privatePort}/${p.type}`));
  const exposed = Object.keys(container.config.ExposedPorts ?? {})
    .filter((k) => !publishedKeys.has(k))
    .map((k) => {
      const [port, proto = 'tcp'] = k.split('/');
      return { PrivatePort: Number(port), Type: proto };
    });
  return [...exposed, ...published];
}

export function containerSummary(ctx: DaemonContext, container: Container, withSize = false): Record<string, unknown> {
  const summary: Record<string, unknown> = {
    Id: container.id,
    Names: [`/${container.name}`],
    Image: container.image,
    ImageID: container.imageId,
    Command: container.command,
    Created: Math.floor(container.created / 1000),
    Ports: portList(container),
    Labels: container.config.Labels ?? {},
    State: container.status,
    Status: statusString(container.state, ctx.clock.now()),
    HostConfig: { NetworkMode: container.hostConfig.NetworkMode ?? 'bridge' },
    NetworkSettings: { Networks: containerNetworkSettings(ctx.networks, container.id) },
    Mounts: container.mounts.map(mountPointView),
  };
  if (withSize) {
    summary.SizeRw = sizeRw(container);
    summary.SizeRootFs = summary.SizeRw as number;
  }
  return summary;
}

export function containerInspect(ctx: DaemonContext, container: Container): Record<string, unknown> {
  const s = container.state;
  const portMap: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const key of Object.keys(container.config.ExposedPorts ?? {})) portMap[key] = null;
  for (const p of container.ports) (portMap[`${p.privatePort}/${p.type}`] ??= []).push({ HostIp: p.hostIp, HostPort: String(p.hostPort) });
  return {
    Id: container.id,
    Created: inspectTime(container.created),
    Path: container.path,
    Args: container.args,
    State: {
      Status: s.Status,
      Running: s.Running,
      Paused: s.Paused,
      Restarting: s.Restarting,
      OOMKilled: s.OOMKilled,
      Dead: s.Dead,
      Pid: s.Pid,
      ExitCode: s.ExitCode,
      Error: s.Error,
      StartedAt: inspectTime(s.StartedAt),
      FinishedAt: inspectTime(s.FinishedAt),
    },
    Image: container.imageId,
    ResolvConfPath: `/var/lib/docker/containers/${container.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${container.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${container.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${container.id}/${container.id}-json.log`,
    Name: `/${container.name}`,
    RestartCount: container.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: container.execIds.size > 0 ? [...container.execIds] : null,
    HostConfig: container.hostConfig,
    GraphDriver: { Name: 'overlay2', Data: null },
    Mounts: container.mounts.map(mountPointView),
    Config: container.config,
    NetworkSettings: {
      Bridge: '',
      SandboxID: '',
      SandboxKey: '',
      Ports: portMap,
      Networks: containerNetworkSettings(ctx.networks, container.id),
    },
  };
}
