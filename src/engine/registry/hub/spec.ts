/**
 * How the pre-seeded "Docker Hub" images are described: plain data, turned into real
 * layer tars, configs and manifests by the registry's seeding (src/engine/registry/seed.ts).
 * Files may declare a size instead of carrying bytes (placeholder binaries), so images
 * keep their real-world sizes.
 */

export interface FileSpec {
  /** Absolute path in the image, e.g. `/etc/os-release`. */
  path: string;
  /** Default 'file'. Parent directories are created implicitly (0755 root). */
  type?: 'file' | 'dir' | 'symlink';
  /** Text content of a file. */
  content?: string;
  /** A placeholder executable for this program name (see process/types.ts placeholderBinary). */
  program?: string;
  /** Declared size in bytes (what `ls -l`, `du` and the layer size report). */
  size?: number;
  /** Symlink target. */
  target?: string;
  /** Default 0o644 for files, 0o755 for dirs and programs. */
  mode?: number;
  uid?: number;
  gid?: number;
}

/** One history entry; with `files` it is a layer, without it an `empty_layer` entry. */
export interface StepSpec {
  createdBy: string;
  files?: FileSpec[];
  comment?: string;
}

/** The image config (`config` of the OCI image config), Docker's field names. */
export interface RunConfigSpec {
  Env?: string[];
  Cmd?: string[];
  Entrypoint?: string[];
  WorkingDir?: string;
  ExposedPorts?: Record<string, object>;
  Volumes?: Record<string, object>;
  Labels?: Record<string, string>;
  User?: string;
  StopSignal?: string;
}

export interface ImageSpec {
  /** Repository path on Docker Hub, e.g. `library/alpine`. */
  repository: string;
  /** Tags pointing at this image, e.g. `['3.20', 'latest']`. */
  tags: string[];
  /** ISO 8601 creation time of the image (the real image's date where known). */
  created: string;
  /** The image this one is built FROM, by `repository:tag` of another spec: its steps come first and its layers are shared. */
  base?: string;
  config: RunConfigSpec;
  steps: StepSpec[];
}
