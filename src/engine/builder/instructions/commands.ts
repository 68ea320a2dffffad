/**
 * Typed Dockerfile instructions, as BuildKit's instructions package defines them:
 * what each instruction means once its arguments and flags are parsed, before any
 * variable expansion or execution. Every command keeps its original text and lines
 * (for `Step N/M : <original>` and error locations).
 */

export interface CommandBase {
  /** The instruction as written (`RUN echo hi`), continuation lines joined. */
  original: string;
  startLine: number;
  endLine: number;
  /** Names of the flags given (`mount`, `chmod`...), for builders that reject some. */
  flagsUsed: string[];
}

export interface KeyValuePair {
  key: string;
  value: string;
  /** True for the legacy `ENV key value` form. */
  noDelim: boolean;
}

export interface KeyValuePairOptional {
  key: string;
  value?: string;
}

/** A heredoc body given to RUN (script or stdin) or to COPY/ADD (file content). */
export interface InlineFile {
  name: string;
  data: string;
  chomp: boolean;
  expand: boolean;
  fileDescriptor: number;
}

/** RUN, CMD and ENTRYPOINT: exec form (argv) or shell form (one string, run through SHELL). */
export interface ShellDependentCmdLine {
  cmdLine: string[];
  /** True for shell form: the builder prepends the stage's SHELL. */
  prependShell: boolean;
  files: InlineFile[];
}

export interface SourcesAndDest {
  sourcePaths: string[];
  sourceContents: InlineFile[];
  destPath: string;
}

export interface HealthConfig {
  /** `["NONE"]`, `["CMD", ...argv]` or `["CMD-SHELL", command]`. */
  test: string[];
  /** Durations in nanoseconds, as the Engine API; 0 = default. */
  interval: number;
  timeout: number;
  startPeriod: number;
  startInterval: number;
  retries: number;
}

export type Command =
  | (CommandBase & { kind: 'RUN'; mounts: string[]; network: string; security: string; devices: string[] } & ShellDependentCmdLine)
  | (CommandBase & { kind: 'CMD' } & ShellDependentCmdLine)
  | (CommandBase & { kind: 'ENTRYPOINT' } & ShellDependentCmdLine)
  | (CommandBase & { kind: 'SHELL'; shell: string[] })
  | (CommandBase & { kind: 'ENV'; env: KeyValuePair[] })
  | (CommandBase & { kind: 'LABEL'; labels: KeyValuePair[] })
  | (CommandBase & { kind: 'ARG'; args: KeyValuePairOptional[] })
  | (CommandBase & { kind: 'MAINTAINER'; maintainer: string })
  | (CommandBase & { kind: 'WORKDIR'; path: string })
  | (CommandBase & { kind: 'USER'; user: string })
  | (CommandBase & { kind: 'EXPOSE'; ports: string[] })
  | (CommandBase & { kind: 'VOLUME'; volumes: string[] })
  | (CommandBase & { kind: 'STOPSIGNAL'; signal: string })
  | (CommandBase & { kind: 'HEALTHCHECK'; health: HealthConfig })
  | (CommandBase & { kind: 'ONBUILD'; expression: string })
  | (CommandBase & SourcesAndDest & { kind: 'COPY'; from: string; chown: string; chmod: string; link: boolean; parents: boolean; exclude: string[] })
  | (CommandBase &
      SourcesAndDest & { kind: 'ADD'; chown: string; chmod: string; link: boolean; keepGitDir: boolean; checksum: string; unpack: boolean | null; exclude: string[] });

export type CommandKind = Command['kind'];
export type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;

/** A FROM instruction: the start of a build stage. */
export interface Stage extends CommandBase {
  kind: 'FROM';
  baseName: string;
  /** Lowercased `AS` name, or '' when unnamed. */
  name: string;
  /** The `AS` name as written. */
  origName: string;
  platform: string;
  commands: Command[];
}

export type Instruction = Command | Stage;
