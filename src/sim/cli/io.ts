/**
 * What `docker` sees of the host it runs on: the daemon connection, its standard
 * streams, environment, clock, terminal and host files. Everything the CLI does to the
 * outside world goes through this object, so a terminal, a headless script runner and a
 * test can each provide their own.
 */
import type { FileSystem } from '../../engine/fs/types.ts';
import type { DaemonApi } from './daemon-api.ts';

export interface Writer {
  write(s: string): void;
}

export interface DockerIO {
  api: DaemonApi;
  stdout: Writer;
  stderr: Writer;
  /** Standard input; `null` from read() means end of input. */
  stdin?: { read(): Promise<Uint8Array | null> };
  /** DOCKER_BUILDKIT, DOCKER_CONFIG, DOCKER_API_VERSION, HOME… */
  env: Record<string, string>;
  /** Milliseconds of the (virtual) clock, for "5 seconds ago" columns. */
  now(): number;
  /** Changes pull/push progress rendering and `-t` handling. */
  isTTY: boolean;
  /** Terminal width for help text wrapping; the real CLI assumes 80 without a terminal. */
  columns?: number;
  /** Host files: ~/.docker/config.json for login, env files, Dockerfiles. */
  files?: HostFiles;
  /**
   * Whether standard output itself is the terminal (isatty(1)): false when redirected
   * (`docker save alpine > x.tar`). Absent: taken to be `isTTY`.
   */
  stdoutIsTerminal?: boolean;
  /** Whether standard input is the terminal (isatty(0)): false for `docker load < x.tar`. Absent: `isTTY`. */
  stdinIsTerminal?: boolean;
  /** Standard output for bytes (`docker save` / `export` without -o, `cp … -`). */
  stdoutBytes?: { write(bytes: Uint8Array): void };
  /**
   * The tar of a build context (hook for the build-context owner). Absent: `docker
   * build` says it is not wired yet.
   */
  buildContext?(path: string, dockerfile: string): Promise<Uint8Array>;
}

/** The host's files as the CLI reads and writes them (paths relative to the working directory; `~` is HOME). */
export interface HostFiles {
  read(path: string): string | undefined;
  write(path: string, text: string): void;
  /** Binary contents (tars for save/load/export/import), undefined when unreadable. */
  readBytes?(path: string): Uint8Array | undefined;
  writeBytes?(path: string, bytes: Uint8Array): void;
  /** The absolute path of `path` (what `docker cp` prints and walks). */
  resolve?(path: string): string;
  /** The host filesystem itself, for `docker cp` to tar and untar trees. */
  fs?: FileSystem;
  /** The user the CLI runs as: files copied out of a container become theirs. */
  owner?: { uid: number; gid: number };
}
