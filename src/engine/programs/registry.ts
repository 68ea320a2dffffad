/**
 * `registry`: the Distribution registry binary (v2.8.3). `registry serve <config>`
 * reads the YAML file (a missing one is a configuration error), logs through logrus
 * in its text format, and listens until SIGTERM or SIGINT, when it drains and exits 0.
 * It serves the distribution API over the engine's registry for this container
 * (net/servers/registry-api.ts); storing pushed images is that registry's business.
 */
import type { ProcessContext, Program } from '../process/types.ts';
import { sha256Hex } from '../util/digest.ts';
import { absolute } from './files.ts';
import { logrusTime } from './log-time.ts';
import { lineWriter, serveUntilStopped } from './server.ts';
import { registryListen } from '../net/servers/registry-api.ts';

export const registryVersion = 'v2.8.3';

const usage = `\`registry\`

Usage:
  registry [flags]
  registry [command]

Available Commands:
  garbage-collect \`garbage-collect\` deletes layers not referenced by any manifests
  help            Help about any command
  serve           \`serve\` stores and distributes Docker images

Flags:
  -h, --help=false: help for registry
  -v, --version=false: show the version and exit


Use "registry help [command]" for more information about a command.
`;

/** A version-4 UUID, derived from the process so a session replays identically. */
function instanceId(ctx: ProcessContext): string {
  const h = sha256Hex(`${ctx.hostname}:${ctx.pid}:${ctx.clock.now()}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `http.addr` of the config (`:5000` in the image's), shown as Go shows a wildcard listener. */
function listenAddress(config: string): string {
  const match = /^\s+addr:\s*(\S*)\s*$/m.exec(config);
  const addr = match ? match[1] : ':5000';
  return addr.startsWith(':') ? `[::]${addr}` : addr;
}

export const registry: Program = async (ctx) => {
  const [, command, configArg] = ctx.argv;
  if (command === '--version' || command === '-v') {
    ctx.stdout.write(`${ctx.argv[0]} github.com/docker/distribution ${registryVersion}\n`);
    return 0;
  }
  if (command !== 'serve') {
    ctx.stdout.write(usage);
    return command === undefined || command === 'help' || command === '-h' || command === '--help' ? 0 : 1;
  }
  const configPath = configArg === undefined ? undefined : absolute(ctx.cwd, configArg);
  if (configPath === undefined || !ctx.fs.exists(configPath)) {
    ctx.stderr.write(`configuration error: ${configPath === undefined ? 'configuration path unspecified' : `open ${configPath}: no such file or directory`}\n`);
    ctx.stdout.write(usage);
    return 1;
  }
  const config = ctx.fs.readText(configPath);
  const id = instanceId(ctx);
  const fields = `go.version=go1.20.8 instance.id=${id} service=registry version=${registryVersion} `;
  const log = lineWriter(ctx.stderr);
  const entry = (level: string, message: string): void => log(`time="${logrusTime(ctx.clock.now())}" level=${level} msg="${message}" ${fields}`);
  const purgeMinutes = parseInt(id.slice(0, 2), 16) % 60;
  if (!ctx.env.REGISTRY_HTTP_SECRET) {
    entry('warning', 'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.');
  }
  entry('info', 'redis not configured');
  entry('info', `Starting upload purge in ${purgeMinutes}m0s`);
  entry('info', 'using inmemory blob descriptor cache');
  const addr = /^\s+addr:\s*(\S*)\s*$/m.exec(config)?.[1] ?? ':5000';
  if (!registryListen(ctx, Number(/:(\d+)$/.exec(addr)?.[1] ?? 5000))) {
    entry('fatal', `listen tcp ${addr}: bind: address already in use`);
    return 1;
  }
  entry('info', `listening on ${listenAddress(config)}`);
  const stop = (): number => {
    entry('info', 'stopping server gracefully. Draining connections for 0s');
    return 0;
  };
  return serveUntilStopped(ctx, { SIGTERM: stop, SIGINT: stop });
};
