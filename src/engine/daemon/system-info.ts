/**
 * What the daemon says about itself (`GET /version`, `GET /info`). Dockyard emulates
 * Docker Engine 28.2.2 (API 1.50) and says plainly that it is a simulation: the
 * platform name and operating system name it, so `docker version` and `docker info`
 * never pass it off as a real engine.
 */
import { apiVersion, minApiVersion } from '../api/router.ts';

export const engineVersion = '28.2.2';
export const kernelVersion = '6.10.14-linuxkit';
const buildTime = '2025-05-30T12:07:26.000000000+00:00';

export function versionResponse(): Record<string, unknown> {
  const details = (extra: Record<string, string>) => extra;
  return {
    Platform: { Name: 'Dockyard (simulated Docker Engine)' },
    Components: [
      {
        Name: 'Engine',
        Version: engineVersion,
        Details: details({
          ApiVersion: apiVersion,
          Arch: 'amd64',
          BuildTime: buildTime,
          Experimental: 'false',
          GitCommit: 'dockyard',
          GoVersion: 'go1.24.3',
          KernelVersion: kernelVersion,
          MinAPIVersion: minApiVersion,
          Os: 'linux',
        }),
      },
      { Name: 'containerd', Version: 'simulated', Details: details({ GitCommit: 'dockyard' }) },
      { Name: 'runc', Version: 'simulated', Details: details({ GitCommit: 'dockyard' }) },
      { Name: 'docker-init', Version: 'simulated', Details: details({ GitCommit: 'dockyard' }) },
    ],
    Version: engineVersion,
    ApiVersion: apiVersion,
    MinAPIVersion: minApiVersion,
    GitCommit: 'dockyard',
    GoVersion: 'go1.24.3',
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: kernelVersion,
    BuildTime: buildTime,
  };
}

export interface InfoCounts {
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  images: number;
}

export function infoResponse(id: string, counts: InfoCounts, now: number): Record<string, unknown> {
  return {
    ID: id,
    Containers: counts.containers,
    ContainersRunning: counts.running,
    ContainersPaused: counts.paused,
    ContainersStopped: counts.stopped,
    Images: counts.images,
    Driver: 'overlay2',
    DriverStatus: [
      ['Backing Filesystem', 'in-memory (simulated)'],
      ['Supports d_type', 'true'],
      ['Using metacopy', 'false'],
      ['Native Overlay Diff', 'true'],
      ['userxattr', 'false'],
    ],
    Plugins: { Volume: ['local'], Network: ['bridge', 'host', 'null'], Authorization: null, Log: ['json-file'] },
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 24,
    OomKillDisable: false,
    NGoroutines: 40,
    SystemTime: new Date(now).toISOString(),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    KernelVersion: kernelVersion,
    OperatingSystem: 'Dockyard (simulated Docker Engine)',
    OSVersion: '',
    OSType: 'linux',
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: {
      IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } },
      InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'],
      Mirrors: null,
    },
    NCPU: 2,
    MemTotal: 8 * 1024 ** 3,
    DockerRootDir: '/var/lib/docker',
    Name: 'dockyard',
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: engineVersion,
    Runtimes: { runc: { path: 'runc' } },
    DefaultRuntime: 'runc',
    Swarm: { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null },
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: { ID: 'dockyard' },
    RuncCommit: { ID: 'dockyard' },
    InitCommit: { ID: 'dockyard' },
    SecurityOptions: ['name=seccomp,profile=builtin', 'name=cgroupns'],
    Warnings: null,
  };
}
