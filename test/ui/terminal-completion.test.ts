/**
 * Tab completion (src/ui/terminal/completion.ts, flag-values.ts) against a real session:
 * names come from the daemon's API, flags from the CLI's command tree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HostSession } from '../../src/sim/host/session.ts';
import { commonPrefix, complete } from '../../src/ui/terminal/completion.ts';
import { splitInlineValue, valueSource } from '../../src/ui/terminal/flag-values.ts';
import { sessionAfter } from './engine-fixture.ts';

let session: HostSession;

beforeAll(async () => {
  session = await sessionAfter([
    'docker network create backend',
    'docker volume create pgdata',
    'docker run --name web -d nginx',
    'mkdir app && touch app/Dockerfile',
  ]);
}, 60_000);

const candidates = async (line: string) => (await complete(session, line)).candidates;

describe('complete', () => {
  it('completes command names at the start of the line', async () => {
    expect(await candidates('dock')).toEqual(['docker']);
  });

  it('completes docker subcommands and their flags from the CLI tree', async () => {
    expect(await candidates('docker netw')).toEqual(['network']);
    expect(await candidates('docker run --rest')).toEqual(['--restart']);
  });

  it('completes container names for container commands and image names for image commands', async () => {
    expect(await candidates('docker stop w')).toEqual(['web']);
    expect(await candidates('docker rmi ngi')).toEqual(['nginx']);
  });

  it('completes network names after --network, in both spellings', async () => {
    expect(await candidates('docker run --network ')).toEqual(['backend', 'bridge', 'host', 'none']);
    expect(await candidates('docker run --network=ba')).toEqual(['--network=backend']);
  });

  it('completes a volume name and its colon after -v, without a space after it', async () => {
    const result = await complete(session, 'docker run -v pg');
    expect(result.candidates).toEqual(['pgdata:']);
    expect(result.addSpace).toBe(false);
  });

  it('completes host paths after -v when the value is a path, and nothing after the colon', async () => {
    expect(await candidates('docker run -v ./a')).toEqual(['./app/']);
    expect(await candidates('docker run -v pgdata:/va')).toEqual([]);
  });

  it('completes the fixed words of a flag such as --restart', async () => {
    expect(await candidates('docker run --restart un')).toEqual(['unless-stopped']);
  });

  it('completes network names for docker network subcommands, then containers for connect', async () => {
    expect(await candidates('docker network rm b')).toEqual(['backend', 'bridge']);
    expect(await candidates('docker network connect backend w')).toEqual(['web']);
    expect(await candidates('docker volume inspect p')).toEqual(['pgdata']);
  });

  it('completes file names for other commands and marks a single directory with no space', async () => {
    const result = await complete(session, 'cat ap');
    expect(result.candidates).toEqual(['app/']);
    expect(result.addSpace).toBe(false);
  });

  it('completes the last command of a pipeline', async () => {
    const result = await complete(session, 'docker ps | docker stop w');
    expect(result.candidates).toEqual(['web']);
    expect(result.start).toBe('docker ps | docker stop '.length);
  });

  it('offers nothing after the image of docker run: the rest is the container command', async () => {
    expect(await candidates('docker run nginx ')).toEqual([]);
  });
});

describe('valueSource', () => {
  it('knows which flags take daemon names and which take fixed words', () => {
    expect(valueSource('--network', 'run')).toEqual({ kind: 'networks' });
    expect(valueSource('-v', 'run')).toEqual({ kind: 'volumes' });
    expect(valueSource('--pull', 'run')).toEqual({ kind: 'words', words: ['always', 'missing', 'never'] });
    expect(valueSource('--name', 'run')).toBeUndefined();
  });

  it('reads -d as a driver only for create', () => {
    expect(valueSource('-d', 'create')?.kind).toBe('words');
    expect(valueSource('-d', 'run')).toBeUndefined();
  });
});

describe('splitInlineValue', () => {
  it('splits --flag=value and leaves other words alone', () => {
    expect(splitInlineValue('--network=br')).toEqual({ flag: '--network', value: 'br' });
    expect(splitInlineValue('--network')).toBeUndefined();
    expect(splitInlineValue('-v')).toBeUndefined();
  });
});

describe('commonPrefix', () => {
  it('is the longest start all candidates share, empty for none', () => {
    expect(commonPrefix(['network', 'node'])).toBe('n');
    expect(commonPrefix(['pgdata:'])).toBe('pgdata:');
    expect(commonPrefix([])).toBe('');
  });
});
