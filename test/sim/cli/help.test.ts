import { describe, expect, it } from 'vitest';
import { session } from './fake-daemon.ts';
import { flagUsages } from '../../../src/sim/cli/flag-usage.ts';

describe('--help', () => {
  it('docker ps --help prints usage, aliases and the sorted, wrapped options table', async () => {
    const r = await session().run('ps', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '',
        'Usage:  docker ps [OPTIONS]',
        '',
        'List containers',
        '',
        'Aliases:',
        '  docker container ls, docker container list, docker container ps, docker ps',
        '',
        'Options:',
        '  -a, --all             Show all containers (default shows just running)',
        '  -f, --filter filter   Filter output based on conditions provided',
        '      --format string   Format output using a custom template:',
        "                        'table':            Print output in table format",
        '                        with column headers (default)',
        "                        'table TEMPLATE':   Print output in table format",
        '                        using the given Go template',
        "                        'json':             Print in JSON format",
        "                        'TEMPLATE':         Print output using the given",
        '                        Go template.',
        '                        Refer to https://docs.docker.com/go/formatting/',
        '                        for more information about formatting output with',
        '                        templates',
        '  -n, --last int        Show n last created containers (includes all',
        '                        states) (default -1)',
        '  -l, --latest          Show the latest created container (includes all',
        '                        states)',
        "      --no-trunc        Don't truncate output",
        '  -q, --quiet           Only display container IDs',
        '  -s, --size            Display total file sizes',
        '',
      ].join('\n'),
    );
  });

  it('a wide terminal does not wrap the format help', () => {
    const text = flagUsages([{ long: 'format', type: 'string', usage: "Format:\n'json':   Print in JSON format" }], 200);
    expect(text).toBe("      --format string   Format:\n                        'json':   Print in JSON format");
  });

  it('defaults other than the zero value are shown, strings quoted', async () => {
    const r = await session().run('run', '--help');
    expect(r.stdout).toContain('      --restart string                   Restart policy to apply when a\n                                         container exits (default "no")\n');
    expect(r.stdout).toContain('      --pull string                      Pull image before running\n                                         ("always", "missing", "never")\n                                         (default "missing")\n');
    expect(r.stdout).toContain('  -d, --detach                           Run container in background and\n');
    expect(r.stdout).not.toContain('--net ');
    expect(r.stdout).toMatch(/^\nUsage: {2}docker run \[OPTIONS\] IMAGE \[COMMAND\] \[ARG\.\.\.\]\n\nCreate and run a new container from an image\n\nAliases:\n {2}docker container run, docker run\n/);
  });

  it('management subcommands show their own path: docker container ls --help', async () => {
    const r = await session().run('container', 'ls', '--help');
    expect(r.stdout).toMatch(/^\nUsage: {2}docker container ls \[OPTIONS\]\n/);
  });

  it('docker image --help lists the subcommands padded to cobra NamePadding', async () => {
    const r = await session().run('image', '--help');
    expect(r.stdout).toContain('\nUsage:  docker image COMMAND\n\nManage images\n\nCommands:\n  build       Build an image from a Dockerfile\n  history     Show the history of an image\n');
    expect(r.stdout).toMatch(/\n\nRun 'docker image COMMAND --help' for more information on a command\.\n$/);
  });

  it('docker with no arguments prints the help to stderr; docker --help to stdout', async () => {
    const bare = await session().run();
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^\nUsage: {2}docker \[OPTIONS\] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n {2}run {9}Create and run a new container from an image\n {2}exec {8}Execute a command in a running container\n/);
    const help = await session().run('--help');
    expect(help.stdout).toBe(bare.stderr);
    expect(help.stdout).toContain('\nManagement Commands:\n  builder     Manage builds\n  container   Manage containers\n');
    expect(help.stdout).toContain('\nGlobal Options:\n      --config string      Location of client config files (default\n');
    expect(help.stdout).toMatch(/For more help on how to use Docker, head to https:\/\/docs\.docker\.com\/go\/guides\/\n$/);
  });

  it('docker help run is docker run --help', async () => {
    const s = session();
    expect((await s.run('help', 'run')).stdout).toBe((await s.run('run', '--help')).stdout);
  });

  it('-h is a deprecated shorthand for --help unless the command defines -h', async () => {
    const r = await session().run('ps', '-h');
    expect(r.stderr).toBe('Flag shorthand -h has been deprecated, use --help\n');
    expect(r.stdout).toMatch(/^\nUsage: {2}docker ps/);
    expect((await session().run('run', '-h')).stderr).toMatch(/^flag needs an argument: 'h' in -h/);
  });
});

describe('management commands', () => {
  it('docker container with no subcommand prints its help to stderr and exits 0', async () => {
    const r = await session().run('container');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^\nUsage: {2}docker container COMMAND\n\nManage containers\n\nCommands:\n {2}attach {6}Attach local standard input/);
  });

  it('commands the simulator does not run say so in one line, exit 1', async () => {
    expect(await session().run('stats')).toEqual({ code: 1, stdout: '', stderr: 'docker stats: not supported by the Dockyard simulator\n' });
  });
});
