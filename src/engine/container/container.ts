/**
 * One container: its configuration as created, its state, its root filesystem (the
 * image's layers plus a writable layer), its output, and its running process.
 * The daemon's container operations (src/engine/daemon/containers/) act on it.
 */
import type { FileSystem } from '../fs/types.ts';
import type { FsSnapshot } from '../fs/memfs.ts';
import type { ContainerConfig, HostConfig } from './config.ts';
import { ContainerLog } from './logs.ts';
import { initialState, type ContainerState, type ContainerStatus } from './state.ts';

/** The handle on a running process the container needs (see process/runtime.ts). */
export interface ContainerProcess {
  readonly pid: number;
  readonly exited: Promise<number>;
  kill(signal: string): void;
}

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
