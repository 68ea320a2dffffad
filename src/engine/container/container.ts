/**
 * One container: its configuration as created, its state, its root filesystem (the
 * image's layers plus a writable layer), its output, and its running process.
 * The daemon's container operations (src/engine/daemon/containers/) act on it.
 */
import type { FileSystem } from '../fs/types.ts';
import type { RunningProcess } from '../process/runtime.ts';
import type { Pipe } from '../process/streams.ts';
import type { MountPoint } from '../volume/container-mounts.ts';
import type { FsSnapshot } from '../fs/node.ts';
import type { ContainerConfig, HostConfig } from './config.ts';
import { ContainerLog } from './logs.ts';
import { initialState, type ContainerState, type ContainerStatus } from './state.ts';

/** PID 1 of the container; its group holds every process started inside (exec included). */
export type ContainerProcess = RunningProcess;

export interface PublishedPort {
  privatePort: number;
  type: 'tcp' | 'udp';
  hostIp: string;
  hostPort: number;
}

export class Container {
  readonly log = new ContainerLog();
  state: ContainerState = initialState();
  process?: ContainerProcess;
  restartCount = 0;
  /** Set by `docker stop`/`kill` so restart policies do not bring it back. */
  manuallyStopped = false;
  /** Host ports bound while running. */
  ports: PublishedPort[] = [];
  ipAddress = '';
  execIds = new Set<string>();
  /** Volumes, binds and tmpfs of this container (prepared at create). */
  mounts: MountPoint[] = [];
  /** PID 1's standard input when the container keeps stdin open (`-i`); fed by attach. */
  stdin?: Pipe;
  /** What processes see while running: the root filesystem with the mounts over it. */
  procFs?: FileSystem;
  /** Called with the exit status each time the main process exits (wait `next-exit`/`not-running`). */
  readonly exitListeners = new Set<(status: number) => void>();
  /** Called once when the container is removed (wait `removed`). */
  readonly removeListeners = new Set<(status: number) => void>();
  /** The pending restart-policy timer, if a restart is scheduled. */
  restartTimer?: number;

  constructor(
    readonly id: string,
    public name: string,
    readonly created: number,
    /** The image exactly as given at create (`alpine`, `sha256:…`, `localhost:5000/app`). */
    readonly image: string,
    readonly imageId: string,
    readonly config: ContainerConfig,
    readonly hostConfig: HostConfig,
    readonly path: string,
    readonly args: string[],
    /** Image rootfs plus Docker's init layer (/etc/hosts, /etc/hostname, …): what `docker diff` compares against. */
    readonly baseSnapshot: FsSnapshot,
    readonly fs: FileSystem & { snapshot(): FsSnapshot },
  ) {}

  get status(): ContainerStatus {
    return this.state.Status;
  }

  get isRunning(): boolean {
    return this.state.Running;
  }

  /** The command as `docker ps` shows it (moby daemon/list.go): args with spaces in single quotes. */
  get command(): string {
    if (this.args.length === 0) return this.path;
    return `${this.path} ${this.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
  }

  setState(patch: Partial<ContainerState>): void {
    this.state = { ...this.state, ...patch };
  }
}
