/**
 * `docker build` as a docker CLI with the buildx plugin installed decides it
 * (cmd/docker/builder.go): BuildKit by default and with DOCKER_BUILDKIT=1 (rendered by
 * ../build/buildkit.ts), the classic builder with DOCKER_BUILDKIT=0 after its
 * DEPRECATED notice. The context tar comes from the host through `io.buildContext`; the
 * classic request is POST /build version=1 with the query the real client sends, and
 * its `stream` messages are printed as they come. In-band errors exit with their code
 * (a RUN's exit status).
 */
import type { CommandSpec } from '../command.ts';
import { exactly } from '../command.ts';
import { flagRows } from '../container-flags.ts';
import { CliError } from '../errors.ts';
import { FlagError } from '../flags.ts';
import { flagError } from '../help.ts';
import { displayJsonMessages, JsonStreamError } from '../jsonmessage.ts';
import { humanSize4 } from '../../format/index.ts';
import { normalizedNamed } from '../refs.ts';
import { parseBytes } from '../units.ts';
import { buildWithBuildkit } from '../build/buildkit.ts';

const deprecatedDisabled =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n';

function kvMap(values: string[], io: { env: Record<string, string> }, withNil: boolean): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const v of values) {
    const i = v.indexOf('=');
    if (i >= 0) out[v.slice(0, i)] = v.slice(i + 1);
    else if (io.env[v] !== undefined) out[v] = io.env[v];
    else out[v] = withNil ? null : '';
  }
  return out;
}

/** What buildx's docker driver asks for: the options that mean something to Dockyard's BuildKit. */
function buildkitQuery(flags: Parameters<CommandSpec['run']>[0]['flags'], io: { env: Record<string, string> }, dockerfile: string, quiet: boolean) {
  return {
    buildargs: JSON.stringify(kvMap(flags.list('build-arg'), io, true)),
    dockerfile,
    labels: JSON.stringify(kvMap(flags.list('label'), { env: {} }, false)),
    nocache: flags.bool('no-cache') ? '1' : undefined,
    pull: flags.bool('pull') ? '1' : undefined,
    q: quiet ? '1' : undefined,
    t: flags.list('tag').length > 0 ? flags.list('tag') : undefined,
    target: flags.string('target'),
  };
}

export const build: CommandSpec = {
  name: 'build',
  use: '[OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  aliasText: 'docker image build, docker build, docker builder build',
  args: exactly(1),
  flags: flagRows([
    ['add-host', 'list', 'Add a custom host-to-IP mapping ("host:ip")'],
    ['build-arg', 'list', 'Set build-time variables'],
    ['cache-from', 'strings', 'Images to consider as cache sources'],
    ['cgroup-parent', 'string', 'Set the parent cgroup for the "RUN" instructions during build'],
    ['compress', 'bool', 'Compress the build context using gzip'],
    ['cpu-period', 'int', 'Limit the CPU CFS (Completely Fair Scheduler) period'],
    ['cpu-quota', 'int', 'Limit the CPU CFS (Completely Fair Scheduler) quota'],
    ['c|cpu-shares', 'int', 'CPU shares (relative weight)'],
    ['cpuset-cpus', 'string', 'CPUs in which to allow execution (0-3, 0,1)'],
    ['cpuset-mems', 'string', 'MEMs in which to allow execution (0-3, 0,1)'],
    ['disable-content-trust', 'bool', 'Skip image verification', 'true'],
    ['f|file', 'string', 'Name of the Dockerfile (Default is "PATH/Dockerfile")'],
    ['force-rm', 'bool', 'Always remove intermediate containers'],
    ['iidfile', 'string', 'Write the image ID to the file'],
    ['isolation', 'string', 'Container isolation technology'],
    ['label', 'list', 'Set metadata for an image'],
    ['m|memory', 'bytes', 'Memory limit'],
    ['memory-swap', 'bytes', 'Swap limit equal to memory plus swap: -1 to enable unlimited swap'],
    ['network', 'string', 'Set the networking mode for the RUN instructions during build', 'default'],
    ['no-cache', 'bool', 'Do not use cache when building the image'],
    ['platform', 'string', 'Set platform if server is multi-platform capable'],
    ['progress', 'string', 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output', 'auto'],
    ['pull', 'bool', 'Always attempt to pull a newer version of the image'],
    ['q|quiet', 'bool', 'Suppress the build output and print image ID on success'],
    ['rm', 'bool', 'Remove intermediate containers after a successful build', 'true'],
    ['security-opt', 'strings', 'Security options'],
    ['shm-size', 'bytes', 'Size of "/dev/shm"'],
    ['t|tag', 'list', 'Name and optionally a tag in the "name:tag" format'],
    ['target', 'string', 'Set the target build stage to build.'],
    ['ulimit', 'ulimit', 'Ulimit options', '[]'],
  ]),
  async run({ flags, io, args, client, path, usage }) {
    const buildkitEnv = io.env.DOCKER_BUILDKIT;
    const classic = buildkitEnv !== undefined && ['0', 'false', 'FALSE', 'False', 'f'].includes(buildkitEnv);
    if (classic) io.stderr.write(deprecatedDisabled);
    for (const t of flags.list('tag')) {
      try {
        normalizedNamed(t);
      } catch (err) {
        throw flagError(new FlagError(`invalid argument "${t}" for "-t, --tag" flag: ${(err as Error).message}`).message, path, usage);
      }
    }
    if (args[0] === '-' || /^(https?|git):\/\//.test(args[0])) throw new CliError('docker build from stdin or a URL is not supported by the simulator');
    if (!io.buildContext) throw new CliError('docker build is not wired to a build context yet');
    const dockerfile = flags.string('file') || 'Dockerfile';
    const tar = await io.buildContext(args[0], dockerfile);
    const quiet = flags.bool('quiet');
    if (!classic) {
      const query = buildkitQuery(flags, io, dockerfile, quiet);
      const imageId = await buildWithBuildkit({ io, client: await client(), query, tar, progress: flags.string('progress') || 'auto', quiet });
      if (flags.string('iidfile') && imageId) io.files?.write(flags.string('iidfile'), imageId);
      return 0;
    }
    if (!quiet) io.stdout.write(`Sending build context to Docker daemon  ${humanSize4(tar.length)}\r\r\n`);
    const query: Record<string, string | string[] | undefined> = {
      buildargs: JSON.stringify(kvMap(flags.list('build-arg'), io, true)),
      cachefrom: JSON.stringify(flags.list('cache-from')),
      cgroupparent: flags.string('cgroup-parent'),
      cpuperiod: String(flags.int('cpu-period')),
      cpuquota: String(flags.int('cpu-quota')),
      cpusetcpus: flags.string('cpuset-cpus'),
      cpusetmems: flags.string('cpuset-mems'),
      cpushares: String(flags.int('cpu-shares')),
      dockerfile,
      forcerm: flags.bool('force-rm') ? '1' : undefined,
      labels: JSON.stringify(kvMap(flags.list('label'), { env: {} }, false)),
      memory: String(parseBytes(flags.string('memory'))),
      memswap: String(parseBytes(flags.string('memory-swap'))),
      networkmode: flags.string('network'),
      nocache: flags.bool('no-cache') ? '1' : undefined,
      platform: flags.string('platform') || undefined,
      pull: flags.bool('pull') ? '1' : undefined,
      q: quiet ? '1' : undefined,
      rm: flags.bool('rm') ? '1' : '0',
      shmsize: String(parseBytes(flags.string('shm-size'))),
      t: flags.list('tag').length > 0 ? flags.list('tag') : undefined,
      target: flags.string('target'),
      ulimits: 'null',
      version: '1',
    };
    const res = await (await client()).call('POST', '/build', {
      query,
      headers: { 'content-type': 'application/x-tar', 'x-registry-config': 'e30=' },
      body: tar,
    });
    let buffered = '';
    const out = quiet ? { write: (s: string) => (buffered += s) } : io.stdout;
    let imageId = '';
    try {
      if (res.messages) await displayJsonMessages(res.messages, out, {
        tty: io.isTTY && !quiet,
        width: io.columns,
        onAux: (aux) => (imageId = (aux as { ID?: string }).ID ?? imageId),
      });
    } catch (err) {
      if (!(err instanceof JsonStreamError)) throw err;
      if (quiet) io.stderr.write(buffered);
      throw new CliError(err.message, err.code || 1);
    }
    if (quiet) io.stdout.write(buffered);
    if (flags.string('iidfile') && imageId) io.files?.write(flags.string('iidfile'), imageId);
    return 0;
  },
};
