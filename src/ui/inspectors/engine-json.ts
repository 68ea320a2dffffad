/**
 * The parts of the Engine API's JSON the inspectors read, typed from the consumer's side
 * (as the Docker API documents them). Fields the inspectors do not use are left out;
 * everything arrives through `GET /v1.50/...` on the daemon API, nothing from engine
 * internals.
 */

/** `GET /images/json` */
export interface ImageSummary {
  Id: string;
  ParentId: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  /** Seconds since the epoch. */
  Created: number;
  Size: number;
  SharedSize: number;
  Containers: number;
  Labels: Record<string, string> | null;
}

/** `GET /images/{id}/history`, newest first. */
export interface HistoryEntry {
  /** An image ID, or `<missing>` for layers built elsewhere. */
  Id: string;
  Created: number;
  CreatedBy: string;
  Tags: string[] | null;
  Size: number;
  Comment: string;
}

/** `GET /images/{id}/json`, the fields used. */
export interface ImageInspect {
  Id: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  Created: string;
  Size: number;
  Architecture?: string;
  Os?: string;
  Config?: { Cmd?: string[] | null; Entrypoint?: string[] | null; Env?: string[] | null; WorkingDir?: string; ExposedPorts?: Record<string, object> | null };
  RootFS?: { Type: string; Layers?: string[] };
}

export interface PortSummary {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

export interface MountPoint {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
  Mode?: string;
  RW: boolean;
}

/** `GET /containers/json?all=1` */
export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  Created: number;
  State: string;
  Status: string;
  Ports: PortSummary[];
  Mounts: MountPoint[];
}

/** `GET /containers/{id}/json`, the fields used. */
export interface ContainerInspect {
  Id: string;
  Name: string;
  Created: string;
  Path: string;
  Args: string[];
  Image: string;
  RestartCount?: number;
  State: { Status: string; Running: boolean; Paused: boolean; Restarting: boolean; ExitCode: number; Error: string; StartedAt: string; FinishedAt: string; Pid?: number };
  HostConfig: { PortBindings?: Record<string, { HostIp: string; HostPort: string }[] | null> | null; RestartPolicy?: { Name: string }; AutoRemove?: boolean };
  Mounts: MountPoint[];
  Config: { Image: string; Env: string[] | null; Cmd: string[] | null; Entrypoint: string[] | null; WorkingDir: string; User: string; Tty: boolean; ExposedPorts?: Record<string, object> | null };
  NetworkSettings: { Ports?: Record<string, { HostIp: string; HostPort: string }[] | null> | null; Networks?: Record<string, { IPAddress: string }> };
}

/** `GET /containers/{id}/changes`: Kind 0 = modified, 1 = added, 2 = deleted. */
export interface ChangeEntry {
  Path: string;
  Kind: number;
}
