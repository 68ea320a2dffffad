/**
 * `docker` itself: global flags (parsed up to the first command, as cmd/docker does),
 * command lookup through management groups, per-command flag parsing, help, argument
 * checks, and the mapping of every failure to stderr text and an exit status. Commands
 * never print their own fatal errors; they throw CliError and this file prints it.
 */
import type { CommandContext, CommandSpec, GroupSpec } from './command.ts';
import { isGroup } from './command.ts';
import { DockerClient } from './client.ts';
import { CliError } from './errors.ts';
import { FlagError, parseFlags } from './flags.ts';
import { checkArgs, commandHelp, flagError, groupHelp, rootHelp, useLine } from './help.ts';
import type { DockerIO } from './io.ts';
import { globalFlags, rootListing, tree } from './tree.ts';

export type { DockerIO } from './io.ts';
export type { DaemonApi } from './daemon-api.ts';

const rootUsage = 'docker [OPTIONS] COMMAND [ARG...]';
const ignoredGlobals = ['host', 'context', 'tls', 'tlscacert', 'tlscert', 'tlskey', 'tlsverify', 'config', 'log-level', 'debug'];

/**
 * Runs one docker command line (without the leading `docker`) and returns its exit status.
 * @example await runDocker(['ps', '-a'], io) // 0, with the table written to io.stdout
 */
export async function runDocker(argv: string[], io: DockerIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      if (err.message !== '') io.stderr.write(err.message + '\n');
      return err.status;
    }
    io.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function dispatch(argv: string[], io: DockerIO): Promise<number> {
  const cols = (io.columns ?? 80) - 1;
  let globals;
  try {
    globals = parseFlags(argv, globalFlags, false);
  } catch (err) {
    if (err instanceof FlagError && err.help) {
      io.stdout.write(rootHelp(rootListing(), cols));
      return 0;
    }
    if (err instanceof FlagError) throw flagError(err.message, 'docker', rootUsage);
    throw err;
  }
  if (globals.bool('version')) {
    io.stdout.write('Docker version 28.2.2, build e6534b4\n');
    return 0;
  }
  const ignored = ignoredGlobals.filter((name) => globals.has(name));
  if (ignored.length > 0) {
    io.stderr.write(`dockyard: ignoring ${ignored.map((n) => `--${n}`).join(', ')}: this docker client always talks to the simulated daemon\n`);
  }
  const [name, ...rest] = globals.args;
  if (name === undefined) {
    io.stderr.write(rootHelp(rootListing(), cols));
    return 0;
  }
  if (name === 'help') return help(rest, io, cols);
  const node = tree().find((n) => n.name === name || (!isGroup(n) && n.aliases?.includes(name)));
  if (!node) throw new CliError(`docker: unknown command: docker ${name}\n\nRun 'docker --help' for more information`);
  if (!isGroup(node)) return runCommand(node, `docker ${node.name}`, rest, io, cols);
  return runGroup(node, rest, io, cols);
}

async function runGroup(group: GroupSpec, argv: string[], io: DockerIO, cols: number): Promise<number> {
  const path = `docker ${group.name}`;
  const [sub, ...rest] = argv;
  if (sub === undefined) {
    io.stderr.write(groupHelp(path, group));
    return 0;
  }
  if (sub === '--help' || sub === '-h') {
    io.stdout.write(groupHelp(path, group));
    return 0;
  }
  if (sub.startsWith('-')) throw flagError(`unknown flag: ${sub}`, path, `${path} COMMAND`);
  const spec = group.commands.find((c) => c.name === sub || c.aliases?.includes(sub));
  if (!spec) {
    throw new CliError(`docker: unknown command: ${path} ${sub}\n\nUsage:  ${path}\n\nRun '${path} --help' for more information`);
  }
  return runCommand(spec, `${path} ${spec.name}`, rest, io, cols);
}

async function help(args: string[], io: DockerIO, cols: number): Promise<number> {
  if (args.length === 0) {
    io.stdout.write(rootHelp(rootListing(), cols));
    return 0;
  }
  const node = tree().find((n) => n.name === args[0]);
  const spec = node && isGroup(node) ? node.commands.find((c) => c.name === args[1]) : node;
  if (!node || (isGroup(node) && args.length > 1 && !spec) || args.length > 2) {
    throw new CliError(`unknown help topic: ${args.join(' ')}`);
  }
  if (isGroup(node) && args.length === 1) io.stdout.write(groupHelp(`docker ${node.name}`, node));
  else if (spec && !isGroup(spec)) io.stdout.write(commandHelp(args.length === 2 ? `docker ${node.name} ${spec.name}` : `docker ${spec.name}`, spec, cols));
  return 0;
}

async function runCommand(spec: CommandSpec, path: string, argv: string[], io: DockerIO, cols: number): Promise<number> {
  const usage = useLine(path, spec);
  let flags;
  try {
    flags = parseFlags(argv, spec.flags, spec.interspersed !== false);
  } catch (err) {
    if (err instanceof FlagError && err.help) {
      if (argv.includes('-h')) io.stderr.write('Flag shorthand -h has been deprecated, use --help\n');
      io.stdout.write(commandHelp(path, spec, cols));
      return 0;
    }
    if (err instanceof FlagError) throw flagError(err.message, path, usage);
    throw err;
  }
  checkArgs(spec.args, flags.args, path, usage);
  let client: DockerClient | undefined;
  const ctx: CommandContext = {
    io,
    flags,
    args: flags.args,
    path,
    usage,
    client: async () => {
      if (client) return client;
      client = new DockerClient(connectionGuard(io), io.env.DOCKER_API_VERSION || undefined);
      await client.ping();
      return client;
    },
  };
  return spec.run(ctx);
}

/** A daemon that cannot be reached reads like the real CLI's connection failure. */
function connectionGuard(io: DockerIO): DockerIO['api'] {
  return {
    request: async (req) => {
      try {
        return await io.api.request(req);
      } catch (err) {
        if (err instanceof CliError) throw err;
        throw new CliError('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
      }
    },
  };
}
