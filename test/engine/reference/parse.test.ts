import { describe, expect, it } from 'vitest';
import { parse, referenceString, withDigest, withTag } from '../../../src/engine/reference/index.ts';
import { isEngineError } from '../../../src/engine/errdefs.ts';

const f64 = 'f'.repeat(64);
const f128 = 'f'.repeat(128);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isEngineError(e, 'InvalidParameter')).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('parse (distribution/reference Parse, TestReferenceParse)', () => {
  const ok: [string, { domain?: string; name: string; tag?: string; digest?: string }][] = [
    ['test_com', { name: 'test_com' }],
    ['test.com:tag', { name: 'test.com', tag: 'tag' }],
    ['test.com:5000', { name: 'test.com', tag: '5000' }],
    ['test.com/repo:tag', { domain: 'test.com', name: 'test.com/repo', tag: 'tag' }],
    ['test:5000/repo', { domain: 'test:5000', name: 'test:5000/repo' }],
    ['test:5000/repo:tag', { domain: 'test:5000', name: 'test:5000/repo', tag: 'tag' }],
    [`test:5000/repo@sha256:${f64}`, { domain: 'test:5000', name: 'test:5000/repo', digest: `sha256:${f64}` }],
    [`test:5000/repo:tag@sha256:${f64}`, { domain: 'test:5000', name: 'test:5000/repo', tag: 'tag', digest: `sha256:${f64}` }],
    ['lowercase:Uppercase', { name: 'lowercase', tag: 'Uppercase' }],
    ['a/'.repeat(127) + 'a:tag-puts-this-over-max', { domain: 'a', name: 'a/'.repeat(127) + 'a', tag: 'tag-puts-this-over-max' }],
    ['sub-dom1.foo.com/bar/baz/quux', { domain: 'sub-dom1.foo.com', name: 'sub-dom1.foo.com/bar/baz/quux' }],
    ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', { domain: 'sub-dom1.foo.com', name: 'sub-dom1.foo.com/bar/baz/quux', tag: 'some-long-tag' }],
    ['b.gcr.io/test.example.com/my-app:test.example.com', { domain: 'b.gcr.io', name: 'b.gcr.io/test.example.com/my-app', tag: 'test.example.com' }],
    ['xn--n3h.com/myimage:xn--n3h.com', { domain: 'xn--n3h.com', name: 'xn--n3h.com/myimage', tag: 'xn--n3h.com' }],
    [`xn--7o8h.com/myimage:xn--7o8h.com@sha512:${f128}`, { domain: 'xn--7o8h.com', name: 'xn--7o8h.com/myimage', tag: 'xn--7o8h.com', digest: `sha512:${f128}` }],
    ['foo_bar.com:8080', { name: 'foo_bar.com', tag: '8080' }],
    ['foo/foo_bar.com:8080', { domain: 'foo', name: 'foo/foo_bar.com', tag: '8080' }],
    ['192.168.1.1', { name: '192.168.1.1' }],
    ['192.168.1.1:tag', { name: '192.168.1.1', tag: 'tag' }],
    ['192.168.1.1:5000', { name: '192.168.1.1', tag: '5000' }],
    ['192.168.1.1/repo', { domain: '192.168.1.1', name: '192.168.1.1/repo' }],
    ['192.168.1.1:5000/repo', { domain: '192.168.1.1:5000', name: '192.168.1.1:5000/repo' }],
    ['192.168.1.1:5000/repo:5050', { domain: '192.168.1.1:5000', name: '192.168.1.1:5000/repo', tag: '5050' }],
    ['[2001:db8::1]/repo', { domain: '[2001:db8::1]', name: '[2001:db8::1]/repo' }],
    ['[2001:db8:1:2:3:4:5:6]/repo:tag', { domain: '[2001:db8:1:2:3:4:5:6]', name: '[2001:db8:1:2:3:4:5:6]/repo', tag: 'tag' }],
    ['[2001:db8::1]:5000/repo', { domain: '[2001:db8::1]:5000', name: '[2001:db8::1]:5000/repo' }],
    ['[2001:db8::1]:5000/repo:tag', { domain: '[2001:db8::1]:5000', name: '[2001:db8::1]:5000/repo', tag: 'tag' }],
    [`[2001:db8::1]:5000/repo@sha256:${f64}`, { domain: '[2001:db8::1]:5000', name: '[2001:db8::1]:5000/repo', digest: `sha256:${f64}` }],
    [`[2001:db8::1]:5000/repo:tag@sha256:${f64}`, { domain: '[2001:db8::1]:5000', name: '[2001:db8::1]:5000/repo', tag: 'tag', digest: `sha256:${f64}` }],
    ['[2001:db8::]:5000/repo', { domain: '[2001:db8::]:5000', name: '[2001:db8::]:5000/repo' }],
    ['[::1]:5000/repo', { domain: '[::1]:5000', name: '[::1]:5000/repo' }],
  ];
  it.each(ok)('%s parses and prints back unchanged', (input, want) => {
    const ref = parse(input);
    expect(referenceString(ref)).toBe(input);
    expect(ref.domain).toBe(want.domain ?? '');
    expect(ref.domain ? `${ref.domain}/${ref.path}` : ref.path).toBe(want.name);
    expect(ref.tag).toBe(want.tag);
    expect(ref.digest).toBe(want.digest);
  });

  const bad: [string, string][] = [
    ['', 'repository name must have at least one component'],
    [':justtag', 'invalid reference format'],
    [`@sha256:${f64}`, 'invalid reference format'],
    ['repo@sha256:' + 'f'.repeat(34), 'invalid checksum digest length'],
    [`validname@invaliddigest:${f64}`, 'unsupported digest algorithm'],
    ['Uppercase:tag', 'repository name must be lowercase'],
    ['test:5000/Uppercase/lowercase:tag', 'repository name must be lowercase'],
    ['a/'.repeat(128) + 'a:tag', 'repository name must not be more than 255 characters'],
    ['aa/asdf$$^/aa', 'invalid reference format'],
    ['[2001:db8::1]', 'invalid reference format'],
    ['[2001:db8::1]:5000', 'invalid reference format'],
    ['[2001:db8::1]:tag', 'invalid reference format'],
    ['[fe80::1%eth0]:5000/repo', 'invalid reference format'],
    ['[fe80::1%@invalidzone]:5000/repo', 'invalid reference format'],
  ];
  it.each(bad)('%s is rejected with "%s"', (input, message) => {
    expect(errorOf(() => parse(input))).toBe(message);
  });

  it('accepts uppercase hex in the grammar but go-digest rejects it as a bad format', () => {
    expect(errorOf(() => parse(`repo@sha256:${'F'.repeat(64)}`))).toBe('invalid checksum digest format');
  });
});

describe('domain and path (TestDomainAndPath)', () => {
  it.each([
    ['test.com/foo', 'test.com', 'foo'],
    ['test_com/foo', '', 'test_com/foo'],
    ['test:8080/foo', 'test:8080', 'foo'],
    ['test.com:8080/foo', 'test.com:8080', 'foo'],
    ['test-com:8080/foo', 'test-com:8080', 'foo'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
  ])('%s has domain "%s" and path "%s"', (input, domain, path) => {
    const ref = parse(input);
    expect([ref.domain, ref.path]).toEqual([domain, path]);
  });
});

describe('withTag and withDigest (TestWithTag, TestWithDigest)', () => {
  it.each([
    ['test.com/foo', undefined, 'tag', 'test.com/foo:tag'],
    ['foo', undefined, 'tag2', 'foo:tag2'],
    ['test.com:8000/foo', undefined, 'tag4', 'test.com:8000/foo:tag4'],
    ['test.com:8000/foo', undefined, 'TAG5', 'test.com:8000/foo:TAG5'],
    ['test.com:8000/foo', 'sha256:1234567890098765432112345667890098765', 'TAG5', 'test.com:8000/foo:TAG5@sha256:1234567890098765432112345667890098765'],
  ])('%s with digest %s and tag %s is %s', (name, digest, tag, combined) => {
    let ref = parse(name);
    if (digest) ref = withDigest(ref, digest);
    expect(referenceString(withTag(ref, tag))).toBe(combined);
  });

  it.each([
    ['test.com/foo', 'sha256:1234567890098765432112345667890098765', 'test.com/foo@sha256:1234567890098765432112345667890098765'],
    ['foo', 'sha256:1234567890098765432112345667890098765', 'foo@sha256:1234567890098765432112345667890098765'],
    ['test.com:8000/foo', 'sha256:1234567890098765432112345667890098765', 'test.com:8000/foo@sha256:1234567890098765432112345667890098765'],
  ])('%s with digest %s is %s', (name, digest, combined) => {
    expect(referenceString(withDigest(parse(name), digest))).toBe(combined);
  });

  it('rejects an invalid tag and an invalid digest (TestInvalidReferenceComponents)', () => {
    expect(errorOf(() => withTag(parse('busybox'), '-foo'))).toBe('invalid tag format');
    expect(errorOf(() => withDigest(parse('busybox'), 'foo'))).toBe('invalid digest format');
  });
});
