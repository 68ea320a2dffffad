/**
 * `--help` and usage texts, following docker/cli's cobra usage template (cli/cobra.go):
 * a leading blank line, `Usage:  <use line>`, the short description, `Aliases:`, the
 * wrapped `Options:` table; groups list their subcommands padded to cobra's
 * NamePadding; the root adds Common/Management Commands, Global Options and the guides
 * link. Also the argument-count errors of cli/required.go, with their real wording.
 */
import type { ArgRule, CommandSpec, GroupSpec } from './command.ts';
import { CliError } from './errors.ts';
import { flagUsages } from './flag-usage.ts';
import type { FlagSpec } from './flags.ts';

export function useLine(path: string, spec: CommandSpec): string {
  return spec.use ? `${path} ${spec.use}` : path;
}

function aliasText(path: string, spec: CommandSpec): string | undefined {
  if (spec.aliasText) return spec.aliasText;
  if (!spec.aliases?.length) return undefined;
  const parent = path.slice(0, path.lastIndexOf(' ') + 1);
  return [path, ...spec.aliases.map((a) => parent + a)].join(', ');
}

/** cobra NamePadding: the longest sibling name, at least 11. */
function padding(names: string[]): number {
  return Math.max(11, ...names.map((n) => n.length));
}

function commandList(commands: { name: string; short: string }[], pad: number): string {
  return commands.map((c) => `  ${c.name.padEnd(pad)} ${c.short}`).join('\n');
}

export function commandHelp(path: string, spec: CommandSpec, cols: number): string {
  let out = `\nUsage:  ${useLine(path, spec)}\n\n${(spec.long ?? spec.short).trim()}`;
  const aliases = aliasText(path, spec);
  if (aliases) out += `\n\nAliases:\n  ${aliases}`;
  if (spec.flags.some((f) => !f.hidden)) out += `\n\nOptions:\n${flagUsages(spec.flags, cols)}`;
  return out + '\n';
}

export function groupHelp(path: string, group: GroupSpec): string {
  const pad = padding(group.commands.map((c) => c.name));
  return (
    `\nUsage:  ${path} COMMAND\n\n${group.short}\n\nCommands:\n${commandList(group.commands, pad)}\n\n` +
    `Run '${path} COMMAND --help' for more information on a command.\n`
  );
}

export interface RootListing {
  top: CommandSpec[];
  management: GroupSpec[];
  swarm: { name: string; short: string }[];
  commands: { name: string; short: string }[];
  globalFlags: FlagSpec[];
}

export function rootHelp(root: RootListing, cols: number): string {
  const pad = padding([...root.top, ...root.management, ...root.swarm, ...root.commands].map((c) => c.name));
  return (
    `\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\n` +
    `Common Commands:\n${commandList(root.top, pad)}\n\n` +
    `Management Commands:\n${commandList(root.management, pad)}\n\n` +
    `Swarm Commands:\n${commandList(root.swarm, pad)}\n\n` +
    `Commands:\n${commandList(root.commands, pad)}\n\n` +
    `Global Options:\n${flagUsages(root.globalFlags, cols)}\n\n` +
    `Run 'docker COMMAND --help' for more information on a command.\n\n` +
    `For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n`
  );
}

/** cli.FlagErrorFunc: the pflag message, usage, and the help hint; exit 125. */
export function flagError(message: string, path: string, usage: string): CliError {
  return new CliError(`${message}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`, 125);
}

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** cli/required.go, including its inconsistent See/Run and the `SRun` typo. */
export function checkArgs(rule: ArgRule, args: string[], path: string, usage: string): void {
  const n = args.length;
  let problem: string | undefined;
  let hint = 'Run';
  switch (rule.kind) {
    case 'none':
      if (n > 0) problem = 'accepts no arguments';
      break;
    case 'exact':
      if (n !== rule.n) problem = `requires ${rule.n} ${plural(rule.n)}`;
      break;
    case 'min':
      if (n < rule.n) [problem, hint] = [`requires at least ${rule.n} ${plural(rule.n)}`, 'See'];
      break;
    case 'max':
      if (n > rule.n) [problem, hint] = [`requires at most ${rule.n} ${plural(rule.n)}`, 'SRun'];
      break;
    case 'range':
      if (n < rule.min || n > rule.max) problem = `requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}`;
      break;
    case 'any':
      break;
  }
  if (problem) {
    throw new CliError(`docker: '${path}' ${problem}\n\nUsage:  ${usage}\n\n${hint} '${path} --help' for more information`, 1);
  }
}
