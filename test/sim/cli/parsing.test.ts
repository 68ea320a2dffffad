import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../src/sim/cli/flags.ts';
import { runFlags } from '../../../src/sim/cli/container-flags.ts';
import { json, session } from './fake-daemon.ts';

describe('pflag-style parsing', () => {
  it('combined shorthands set each boolean flag: -it', () => {
    const f = parseFlags(['-it', 'alpine', 'sh'], runFlags, false);
    expect(f.bool('interactive')).toBe(true);
    expect(f.bool('tty')).toBe(true);
    expect(f.args).toEqual(['alpine', 'sh']);
  });

  it('--name=x and --name x are the same, -p takes the next argument, -e repeats', () => {
    const f = parseFlags(['--name=web', '-p', '8080:80', '-e', 'A=1', '-e', 'B=2', 'nginx'], runFlags, false);
    expect(f.string('name')).toBe('web');
    expect(f.list('publish')).toEqual(['8080:80']);
    expect(f.list('env')).toEqual(['A=1', 'B=2']);
    expect(parseFlags(['--name', 'web', 'x'], runFlags, false).string('name')).toBe('web');
  });

  it('a shorthand with an attached value takes the rest of the word: -p8080:80', () => {
    expect(parseFlags(['-dp8080:80', 'nginx'], runFlags, false).list('publish')).toEqual(['8080:80']);
  });

  it('run stops parsing at the first positional after IMAGE (interspersed=false)', () => {
    const f = parseFlags(['--rm', 'alpine', 'ls', '-la', '--name', 'x'], runFlags, false);
    expect(f.args).toEqual(['alpine', 'ls', '-la', '--name', 'x']);
    expect(f.has('name')).toBe(false);
  });

  it('flags after positional arguments are still flags when interspersed', () => {
    const f = parseFlags(['alpine', '--rm'], runFlags, true);
    expect(f.bool('rm')).toBe(true);
    expect(f.args).toEqual(['alpine']);
  });

  it('-- ends flags; --rm=false sets a boolean to false', () => {
    const f = parseFlags(['--rm=false', '--', '--name'], runFlags, true);
    expect(f.bool('rm')).toBe(false);
    expect(f.has('rm')).toBe(true);
    expect(f.args).toEqual(['--name']);
  });
});

describe('flag and argument errors', () => {
  it('unknown flag: usage and the Run hint, exit 125', async () => {
    const r = await session().run('run', '--foo', 'alpine');
    expect(r).toEqual({
      code: 125,
      stdout: '',
      stderr: "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
    });
  });

  it("unknown shorthand names the remaining letters: 'z' in -z", async () => {
    const r = await session().run('ps', '-az');
    expect(r.stderr).toBe("unknown shorthand flag: 'z' in -z\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n");
    expect(r.code).toBe(125);
  });

  it('a flag without its value: flag needs an argument', async () => {
    expect((await session().run('ps', '--format')).stderr).toMatch(/^flag needs an argument: --format\n/);
    expect((await session().run('run', '-p')).stderr).toMatch(/^flag needs an argument: 'p' in -p\n/);
  });

  it('an invalid integer names the flag as pflag does', async () => {
    const r = await session().run('ps', '-n', 'abc');
    expect(r.stderr).toMatch(/^invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax\n/);
    expect(r.code).toBe(125);
  });

  it('top-level unknown flags use the root usage line', async () => {
    const r = await session().run('--foo');
    expect(r.stderr).toBe("unknown flag: --foo\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n");
    expect(r.code).toBe(125);
  });

  it('argument counts use See (at least), Run (exact, none) and SRun (at most), exit 1', async () => {
    expect(await session().run('run')).toEqual({
      code: 1,
      stdout: '',
      stderr: "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
    });
    expect((await session().run('tag', 'a')).stderr).toBe(
      "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
    );
    expect((await session().run('ps', 'x')).stderr).toBe("docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n");
    expect((await session().run('images', 'a', 'b')).stderr).toBe(
      "docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nSRun 'docker images --help' for more information\n",
    );
  });

  it('unknown commands at the top level and in a management group', async () => {
    expect(await session().run('foo')).toEqual({ code: 1, stdout: '', stderr: "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n" });
    expect((await session().run('image', 'foo')).stderr).toBe(
      "docker: unknown command: docker image foo\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n",
    );
  });

  it('-H is ignored with a clear message, and -v prints the version', async () => {
    const s = session([['GET', '/v1.50/containers/json', json(200, [])]]);
    const r = await s.run('-H', 'tcp://x:2375', 'ps', '-q');
    expect(r.stderr).toMatch(/ignoring --host/);
    expect(r.code).toBe(0);
    expect((await s.run('-v')).stdout).toBe('Docker version 28.2.2, build e6534b4\n');
  });

  it('a daemon that cannot be reached gives the connection error', async () => {
    const s = session();
    s.io.api = { request: async () => Promise.reject(new Error('ECONNREFUSED')) };
    expect(await s.run('ps')).toEqual({ code: 1, stdout: '', stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n' });
  });
});
