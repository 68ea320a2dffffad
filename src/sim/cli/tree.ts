/**
 * The docker command tree: top-level commands, management groups and the global
 * flags, in the order `docker --help` lists them. One spec can be mounted twice
 * (`docker ps` and `docker container ls`), as cobra builds twin commands. Commands the
 * simulator does not implement are listed (help stays faithful) and say so when run.
 */
import type { CommandSpec, GroupSpec, Node } from './command.ts';
import { alias } from './command.ts';
import { flagRows } from './container-flags.ts';
import type { RootListing } from './help.ts';
import { unsupported } from './commands/unsupported.ts';
import { ps } from './commands/ps.ts';
import { images } from './commands/images.ts';
import { pull } from './commands/pull.ts';
import { push } from './commands/push.ts';
import { tag } from './commands/tag.ts';
import { rmi } from './commands/rmi.ts';
import { run } from './commands/run.ts';
import { create } from './commands/create.ts';
import { start } from './commands/start.ts';
import { kill, pause, restart, stop, unpause } from './commands/lifecycle.ts';
import { rm } from './commands/rm.ts';
import { logs } from './commands/logs.ts';
import { exec } from './commands/exec.ts';
import { version } from './commands/version.ts';
import { info } from './commands/info.ts';
import { inspect, containerInspect, imageInspect } from './commands/inspect.ts';
import { history } from './commands/history.ts';
import { imagePrune, containerPrune } from './commands/prune.ts';
import { diff } from './commands/diff.ts';
import { commit } from './commands/commit.ts';
import { rename } from './commands/rename.ts';
import { wait } from './commands/wait.ts';
import { events } from './commands/events.ts';
import { login, logout } from './commands/login.ts';
import { systemDf, systemPrune } from './commands/system.ts';
import { builderPrune } from './commands/builder.ts';
import { port } from './commands/port.ts';
import { top } from './commands/top.ts';
import { network } from './commands/network.ts';
import { volume } from './commands/volume.ts';
import { build } from './commands/build.ts';
import { cp } from './commands/cp.ts';
import { exportCmd } from './commands/export.ts';
import { importCmd } from './commands/import.ts';
import { load } from './commands/load.ts';
import { save } from './commands/save.ts';

export const globalFlags = flagRows([
  ['config', 'string', 'Location of client config files', '/root/.docker'],
  ['c|context', 'string', 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")'],
  ['D|debug', 'bool', 'Enable debug mode'],
  ['H|host', 'list', 'Daemon socket to connect to'],
  ['l|log-level', 'string', 'Set the logging level ("debug", "info", "warn", "error", "fatal")', 'info'],
  ['tls', 'bool', 'Use TLS; implied by --tlsverify'],
  ['tlscacert', 'string', 'Trust certs signed only by this CA', '/root/.docker/ca.pem'],
  ['tlscert', 'string', 'Path to TLS certificate file', '/root/.docker/cert.pem'],
  ['tlskey', 'string', 'Path to TLS key file', '/root/.docker/key.pem'],
  ['tlsverify', 'bool', 'Use TLS and verify the remote'],
  ['v|version', 'bool', 'Print version information and quit'],
]);

const search = unsupported('search', '[OPTIONS] TERM', 'Search Docker Hub for images');
const attachCmd = unsupported('attach', '[OPTIONS] CONTAINER', 'Attach local standard input, output, and error streams to a running container');
const stats = unsupported('stats', '[OPTIONS] [CONTAINER...]', 'Display a live stream of container(s) resource usage statistics');
const update = unsupported('update', '[OPTIONS] CONTAINER [CONTAINER...]', 'Update configuration of one or more containers');

const containerGroup: GroupSpec = {
  name: 'container',
  short: 'Manage containers',
  commands: [
    attachCmd, commit, cp, create, diff, exec, exportCmd, containerInspect, kill, logs,
    alias(ps, 'ls', { aliases: ['ps', 'list'], use: '[OPTIONS]' }),
    pause, port, containerPrune, rename, restart, alias(rm, 'rm', { aliases: ['remove'] }), run, start, stats, stop, top, unpause, update, wait,
  ],
};

const imageGroup: GroupSpec = {
  name: 'image',
  short: 'Manage images',
  commands: [
    build, history, importCmd, imageInspect, load, alias(images, 'ls', { aliases: ['list'] }), imagePrune, pull, push,
    alias(rmi, 'rm', { aliases: ['remove'], use: '[OPTIONS] IMAGE [IMAGE...]' }), save, tag,
  ],
};

const systemGroup: GroupSpec = {
  name: 'system',
  short: 'Manage Docker',
  commands: [systemDf, events, info, systemPrune],
};

const builderGroup: GroupSpec = {
  name: 'builder',
  short: 'Manage builds',
  commands: [alias(build, 'build'), builderPrune],
};

const otherManagement = [
  { name: 'context', short: 'Manage contexts' },
  { name: 'manifest', short: 'Manage Docker image manifests and manifest lists' },
  { name: 'plugin', short: 'Manage plugins' },
  { name: 'trust', short: 'Manage trust on Docker images' },
];

const swarm = [
  { name: 'config', short: 'Manage Swarm configs' },
  { name: 'node', short: 'Manage Swarm nodes' },
  { name: 'secret', short: 'Manage Swarm secrets' },
  { name: 'service', short: 'Manage Swarm services' },
  { name: 'stack', short: 'Manage Swarm stacks' },
  { name: 'swarm', short: 'Manage Swarm' },
];

const topLevel: CommandSpec[] = [
  run, exec, ps, build, pull, push, images, login, logout, search, version, info,
  attachCmd, commit, cp, create, diff, events, exportCmd, history, importCmd, inspect, kill, load, logs, pause, port,
  rename, restart, rm, rmi, save, start, stats, stop, tag, top, unpause, update, wait,
];

const topOrder = ['run', 'exec', 'ps', 'build', 'pull', 'push', 'images', 'login', 'logout', 'search', 'version', 'info'];

/** Every node `docker <name>` can reach. */
export function tree(): Node[] {
  const groups: Node[] = [builderGroup, containerGroup, imageGroup, network, systemGroup, volume];
  const stubs = [...otherManagement, ...swarm].map((g) => unsupported(g.name, 'COMMAND', g.short));
  return [...topLevel, ...groups, ...stubs];
}

export function rootListing(): RootListing {
  const management = [
    builderGroup,
    containerGroup,
    { name: 'context', short: 'Manage contexts', commands: [] },
    imageGroup,
    { name: 'manifest', short: 'Manage Docker image manifests and manifest lists', commands: [] },
    network,
    { name: 'plugin', short: 'Manage plugins', commands: [] },
    systemGroup,
    { name: 'trust', short: 'Manage trust on Docker images', commands: [] },
    volume,
  ];
  return {
    top: topOrder.map((n) => topLevel.find((c) => c.name === n) as CommandSpec),
    management,
    swarm,
    commands: topLevel.filter((c) => !topOrder.includes(c.name)),
    globalFlags,
  };
}
