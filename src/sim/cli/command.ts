/**
 * The shape of a docker CLI command, as cobra declares it: a `use` line, a short
 * description, flags, an argument-count rule, whether flags may follow positional
 * arguments, and the action. Management commands (`container`, `image`, …) only group
 * subcommands. Each command file exports one `CommandSpec`; the tree mounts it, possibly
 * twice (`docker ps` and `docker container ls` share one spec under different names).
 */
import type { FlagSpec, ParsedFlags } from './flags.ts';
import type { DockerIO } from './io.ts';
import type { DockerClient } from './client.ts';

/** cli/required.go argument rules. */
export type ArgRule =
  | { kind: 'none' }
  | { kind: 'exact'; n: number }
  | { kind: 'min'; n: number }
  | { kind: 'max'; n: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'any' };

export interface CommandContext {
  io: DockerIO;
  flags: ParsedFlags;
  args: string[];
  /** `docker run`, `docker container run`: as typed, for messages. */
  path: string;
  /** The use line (`docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`) for error texts. */
  usage: string;
  /** Lazily pings the daemon on first use (every daemon command starts with HEAD /_ping). */
  client(): Promise<DockerClient>;
}

export interface CommandSpec {
  name: string;
  /** The rest of the use line after the name: `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  use: string;
  short: string;
  /** Shown instead of `short` in the command's own help, when set. */
  long?: string;
  aliases?: string[];
  /** cobra `aliases` annotation: the full alias list shown in help. */
  aliasText?: string;
  flags: FlagSpec[];
  args: ArgRule;
  /** false for run/create/exec: the first positional argument ends flags. */
  interspersed?: boolean;
  run(ctx: CommandContext): Promise<number>;
}

export interface GroupSpec {
  name: string;
  short: string;
  commands: CommandSpec[];
}

export type Node = CommandSpec | GroupSpec;

export function isGroup(node: Node): node is GroupSpec {
  return 'commands' in node;
}

/** Mounts a spec under another name (cobra builds a second command object the same way). */
export function alias(spec: CommandSpec, name: string, extra: Partial<CommandSpec> = {}): CommandSpec {
  return { ...spec, name, ...extra };
}

export const noArgs: ArgRule = { kind: 'none' };
export const exactly = (n: number): ArgRule => ({ kind: 'exact', n });
export const atLeast = (n: number): ArgRule => ({ kind: 'min', n });
export const atMost = (n: number): ArgRule => ({ kind: 'max', n });
export const between = (min: number, max: number): ArgRule => ({ kind: 'range', min, max });
