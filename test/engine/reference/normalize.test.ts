import { describe, expect, it } from 'vitest';
import {
  familiarName,
  familiarString,
  fullName,
  isNamed,
  parseAnyReference,
  parseDockerRef,
  parseNormalizedNamed,
  referenceString,
  tagNameOnly,
} from '../../../src/engine/reference/index.ts';
import { isEngineError } from '../../../src/engine/errdefs.ts';

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isEngineError(e, 'InvalidParameter')).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

const hex64 = '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a';
const dbcc = 'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c';

describe('parseNormalizedNamed accepts and rejects names (TestValidateReferenceName, TestValidateRemoteName)', () => {
  it.each([
    'docker/docker', 'library/debian', 'debian', 'docker.io/docker/docker', 'docker.io/library/debian', 'docker.io/debian',
    'index.docker.io/docker/docker', 'index.docker.io/library/debian', 'index.docker.io/debian', '127.0.0.1:5000/docker/docker',
    '127.0.0.1:5000/library/debian', '127.0.0.1:5000/debian', '192.168.0.1', '192.168.0.1:80', '192.168.0.1:8/debian',
    '192.168.0.2:25000/debian', 'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev', '[fc00::1]:5000/docker',
    '[fc00::1]:5000/docker/docker', '[fc00:1:2:3:4:5:6:7]:5000/library/debian', `docker.io/${hex64}`, 'Docker/docker', 'DOCKER/docker',
    'docker-rules/docker', 'docker---rules/docker', 'doc/docker', 'd/docker', 'jess/t', 'dock__er/docker',
  ])('%s is a valid name', (name) => {
    expect(() => parseNormalizedNamed(name)).not.toThrow();
  });

  it.each([
    'https://github.com/docker/docker', 'docker/Docker', '-docker', '-docker/docker', '-docker.io/docker/docker', 'docker///docker',
    'docker.io/docker/Docker', 'docker.io/docker///docker', '[fc00::1]', '[fc00::1]:5000', 'fc00::1:5000/debian', '[fe80::1%eth0]:5000/debian',
    '[2001:db8:3:4::192.0.2.33]:5000/debian', hex64, 'docker-/docker', '-docker-/docker', '____/____', '_docker/_docker', 'dock..er/docker',
    'dock_.er/docker', 'dock-.er/docker', 'docker/',
    'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255/docker',
  ])('%s is rejected', (name) => {
    expect(() => parseNormalizedNamed(name)).toThrow();
  });
});

describe('normalization (TestParseRepositoryInfo)', () => {
  const table: { inputs: string[]; domain: string; path: string; familiar: string; full: string }[] = [
    { inputs: ['localhost/fooo'], domain: 'localhost', path: 'fooo', familiar: 'localhost/fooo', full: 'localhost/fooo' },
    { inputs: ['localhost/fooo/bar'], domain: 'localhost', path: 'fooo/bar', familiar: 'localhost/fooo/bar', full: 'localhost/fooo/bar' },
    { inputs: ['LOCALDOMAIN/fooo'], domain: 'LOCALDOMAIN', path: 'fooo', familiar: 'LOCALDOMAIN/fooo', full: 'LOCALDOMAIN/fooo' },
    { inputs: ['fooo/bar', 'docker.io/fooo/bar', 'index.docker.io/fooo/bar'], domain: 'docker.io', path: 'fooo/bar', familiar: 'fooo/bar', full: 'docker.io/fooo/bar' },
    { inputs: ['ubuntu', 'docker.io/library/ubuntu', 'library/ubuntu'], domain: 'docker.io', path: 'library/ubuntu', familiar: 'ubuntu', full: 'docker.io/library/ubuntu' },
    { inputs: ['nonlibrary/ubuntu'], domain: 'docker.io', path: 'nonlibrary/ubuntu', familiar: 'nonlibrary/ubuntu', full: 'docker.io/nonlibrary/ubuntu' },
    { inputs: ['other/library'], domain: 'docker.io', path: 'other/library', familiar: 'other/library', full: 'docker.io/other/library' },
    { inputs: ['127.0.0.1:8000/private/moonbase'], domain: '127.0.0.1:8000', path: 'private/moonbase', familiar: '127.0.0.1:8000/private/moonbase', full: '127.0.0.1:8000/private/moonbase' },
    { inputs: ['127.0.0.1:8000/privatebase'], domain: '127.0.0.1:8000', path: 'privatebase', familiar: '127.0.0.1:8000/privatebase', full: '127.0.0.1:8000/privatebase' },
    { inputs: ['example.com/private/moonbase'], domain: 'example.com', path: 'private/moonbase', familiar: 'example.com/private/moonbase', full: 'example.com/private/moonbase' },
    { inputs: ['example.com/privatebase'], domain: 'example.com', path: 'privatebase', familiar: 'example.com/privatebase', full: 'example.com/privatebase' },
    { inputs: ['example.com:8000/private/moonbase'], domain: 'example.com:8000', path: 'private/moonbase', familiar: 'example.com:8000/private/moonbase', full: 'example.com:8000/private/moonbase' },
    { inputs: ['example.com:8000/privatebasee'], domain: 'example.com:8000', path: 'privatebasee', familiar: 'example.com:8000/privatebasee', full: 'example.com:8000/privatebasee' },
    { inputs: ['ubuntu-12.04-base', 'docker.io/library/ubuntu-12.04-base', 'index.docker.io/library/ubuntu-12.04-base'], domain: 'docker.io', path: 'library/ubuntu-12.04-base', familiar: 'ubuntu-12.04-base', full: 'docker.io/library/ubuntu-12.04-base' },
    { inputs: ['foo', 'docker.io/library/foo', 'docker.io/foo'], domain: 'docker.io', path: 'library/foo', familiar: 'foo', full: 'docker.io/library/foo' },
    { inputs: ['library/foo/bar', 'docker.io/library/foo/bar'], domain: 'docker.io', path: 'library/foo/bar', familiar: 'library/foo/bar', full: 'docker.io/library/foo/bar' },
    { inputs: ['store/foo/bar', 'docker.io/store/foo/bar'], domain: 'docker.io', path: 'store/foo/bar', familiar: 'store/foo/bar', full: 'docker.io/store/foo/bar' },
    { inputs: ['Foo/bar'], domain: 'Foo', path: 'bar', familiar: 'Foo/bar', full: 'Foo/bar' },
    { inputs: ['FOO/bar'], domain: 'FOO', path: 'bar', familiar: 'FOO/bar', full: 'FOO/bar' },
  ];
  const cases = table.flatMap((row) => row.inputs.map((input) => [input, row] as const));
  it.each(cases)('%s normalizes to its domain, path, familiar and full name', (input, row) => {
    const ref = parseNormalizedNamed(input);
    expect(ref.domain).toBe(row.domain);
    expect(ref.path).toBe(row.path);
    expect(familiarName(ref)).toBe(row.familiar);
    expect(fullName(ref)).toBe(row.full);
    expect(referenceString(ref)).toBe(row.full);
  });
});

describe('domain split (TestNormalizedSplitHostname)', () => {
  it.each([
    ['test.com/foo', 'test.com', 'foo'],
    ['test_com/foo', 'docker.io', 'test_com/foo'],
    ['docker/migrator', 'docker.io', 'docker/migrator'],
    ['test.com:8080/foo', 'test.com:8080', 'foo'],
    ['test-com:8080/foo', 'test-com:8080', 'foo'],
    ['foo', 'docker.io', 'library/foo'],
    ['xn--n3h.com/foo', 'xn--n3h.com', 'foo'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
    ['docker.io/foo', 'docker.io', 'library/foo'],
    ['docker.io/library/foo', 'docker.io', 'library/foo'],
    ['docker.io/library/foo/bar', 'docker.io', 'library/foo/bar'],
  ])('%s splits into %s and %s', (input, domain, path) => {
    const ref = parseNormalizedNamed(input);
    expect([ref.domain, ref.path]).toEqual([domain, path]);
  });
});

describe('normalization errors carry Docker\'s exact messages', () => {
  it('an uppercase path names the path after library/ is added', () => {
    expect(errorOf(() => parseNormalizedNamed('UPPER'))).toBe('invalid reference format: repository name (library/UPPER) must be lowercase');
    expect(errorOf(() => parseNormalizedNamed('docker/Docker'))).toBe('invalid reference format: repository name (docker/Docker) must be lowercase');
  });
  it('a 64-hex name is refused as an image ID', () => {
    expect(errorOf(() => parseNormalizedNamed(hex64))).toBe(`invalid repository name (${hex64}), cannot specify 64-byte hexadecimal strings`);
  });
  it('bad syntax is an invalid reference format', () => {
    expect(errorOf(() => parseNormalizedNamed('-docker'))).toBe('invalid reference format');
    expect(errorOf(() => parseNormalizedNamed('alpine:'))).toBe('invalid reference format');
    expect(errorOf(() => parseNormalizedNamed(''))).toBe('invalid reference format');
  });
  it('digest errors come from go-digest', () => {
    expect(errorOf(() => parseNormalizedNamed('alpine@sha256:' + 'a'.repeat(40)))).toBe('invalid checksum digest length');
    expect(errorOf(() => parseNormalizedNamed('alpine@md5:' + 'a'.repeat(40)))).toBe('unsupported digest algorithm');
  });
});

describe('parseDockerRef (TestParseDockerRef)', () => {
  const e669 = 'sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582';
  it.each([
    ['busybox', 'docker.io/library/busybox:latest'],
    ['busybox:latest', 'docker.io/library/busybox:latest'],
    ['library/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/library/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/busybox:latest', 'docker.io/library/busybox:latest'],
    ['library/busybox:latest', 'docker.io/library/busybox:latest'],
    ['docker.io/library/busybox:latest', 'docker.io/library/busybox:latest'],
    [`busybox@${e669}`, `docker.io/library/busybox@${e669}`],
    ['gcr.io/library/busybox', 'gcr.io/library/busybox:latest'],
    [`gcr.io/library/busybox:latest@${e669}`, `gcr.io/library/busybox@${e669}`],
  ])('%s is %s', (input, expected) => {
    expect(referenceString(parseDockerRef(input))).toBe(expected);
  });
});

describe('parseAnyReference (TestParseAnyReference)', () => {
  it.each([
    ['redis', 'docker.io/library/redis'],
    ['redis:latest', 'docker.io/library/redis:latest'],
    ['docker.io/library/redis:latest', 'docker.io/library/redis:latest'],
    [`redis@sha256:${dbcc}`, `docker.io/library/redis@sha256:${dbcc}`],
    [`docker.io/library/redis@sha256:${dbcc}`, `docker.io/library/redis@sha256:${dbcc}`],
    ['dmcgowan/myapp', 'docker.io/dmcgowan/myapp'],
    ['dmcgowan/myapp:latest', 'docker.io/dmcgowan/myapp:latest'],
    ['docker.io/mcgowan/myapp:latest', 'docker.io/mcgowan/myapp:latest'],
    [`dmcgowan/myapp@sha256:${dbcc}`, `docker.io/dmcgowan/myapp@sha256:${dbcc}`],
    [dbcc.slice(0, 63), `docker.io/library/${dbcc.slice(0, 63)}`],
    ['dbcc1', 'docker.io/library/dbcc1'],
  ])('%s is the name %s', (input, expected) => {
    const ref = parseAnyReference(input);
    expect(isNamed(ref)).toBe(true);
    expect(referenceString(ref)).toBe(expected);
  });

  it('a 64-hex string or an algo:hex string is a bare digest reference', () => {
    expect(parseAnyReference(dbcc)).toEqual({ digest: `sha256:${dbcc}` });
    expect(parseAnyReference(`sha256:${dbcc}`)).toEqual({ digest: `sha256:${dbcc}` });
    expect(familiarString(parseAnyReference(dbcc))).toBe(`sha256:${dbcc}`);
  });
});

describe('tags, digests and the familiar form', () => {
  it('keeps both tag and digest and shortens back to the input (TestParseReferenceWithTagAndDigest)', () => {
    const short = 'busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';
    const ref = parseNormalizedNamed(short);
    expect(referenceString(ref)).toBe(`docker.io/library/${short}`);
    expect(ref.tag).toBe('latest');
    expect(ref.digest).toBe('sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa');
    expect(familiarString(ref)).toBe(short);
  });

  it.each([
    ['alpine', 'docker.io/library/alpine', 'alpine'],
    ['alpine:3.19', 'docker.io/library/alpine:3.19', 'alpine:3.19'],
    ['myuser/app:v1', 'docker.io/myuser/app:v1', 'myuser/app:v1'],
    ['localhost:5000/app', 'localhost:5000/app', 'localhost:5000/app'],
    ['localhost/app', 'localhost/app', 'localhost/app'],
    ['registry.example.com/team/app:1.0', 'registry.example.com/team/app:1.0', 'registry.example.com/team/app:1.0'],
    ['test.com:5000', 'docker.io/library/test.com:5000', 'test.com:5000'],
    ['index.docker.io/library/nginx', 'docker.io/library/nginx', 'nginx'],
  ])('%s is %s in full and %s in familiar form (derived)', (input, full, familiar) => {
    const ref = parseNormalizedNamed(input);
    expect(referenceString(ref)).toBe(full);
    expect(familiarString(ref)).toBe(familiar);
  });

  it('tagNameOnly adds latest only when there is neither tag nor digest', () => {
    expect(referenceString(tagNameOnly(parseNormalizedNamed('alpine')))).toBe('docker.io/library/alpine:latest');
    expect(referenceString(tagNameOnly(parseNormalizedNamed('alpine:3')))).toBe('docker.io/library/alpine:3');
    const d = `sha256:${dbcc}`;
    expect(referenceString(tagNameOnly(parseNormalizedNamed(`alpine@${d}`)))).toBe(`docker.io/library/alpine@${d}`);
    expect(familiarString(tagNameOnly(parseNormalizedNamed('hello-world')))).toBe('hello-world:latest');
  });
});
