import { describe, expect, it } from 'vitest';
import { anchoredDomain, anchoredIdentifier, anchoredName, anchoredReference } from '../../../src/engine/reference/grammar.ts';

const subs = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? m.slice(1).map((x) => x ?? '') : null;
};
const be = 'sha256:be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912';

describe('the domain grammar (regexp_test.go TestDomainRegexp)', () => {
  it.each([
    ['test.com', true], ['test.com:10304', true], ['test.com:http', false], ['localhost', true], ['localhost:8080', true], ['a', true],
    ['a.b', true], ['ab.cd.com', true], ['a-b.com', true], ['-ab.com', false], ['ab-.com', false], ['ab.c-om', true], ['ab.-com', false],
    ['ab.com-', false], ['0101.com', true], ['001a.com', true], ['b.gbc.io:443', true], ['b.gbc.io', true], ['xn--n3h.com', true],
    ['Asdf.com', true], ['192.168.1.1:75050', true], ['192.168.1.1:750050', true], ['[fd00:1:2::3]:75050', true], ['[fd00:1:2::3]75050', false],
    ['[fd00:1:2::3]::75050', false], ['[fd00:1:2::3%eth0]:75050', false], ['[fd00123123123]:75050', true],
    ['[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050', true], ['[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:750505', true], ['fd00:1:2::3:75050', false],
  ])('%s matches: %s', (input, match) => {
    expect(anchoredDomain.test(input)).toBe(match);
  });
});

describe('the name grammar splits domain and path (TestFullNameRegexp)', () => {
  it.each([
    ['short', ['', 'short']], ['simple/name', ['simple', 'name']], ['library/ubuntu', ['library', 'ubuntu']],
    ['docker/stevvooe/app', ['docker', 'stevvooe/app']],
    ['aa/aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb', ['aa', 'aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb']],
    ['aa/aa/bb/bb/bb', ['aa', 'aa/bb/bb/bb']], ['a/a/a/a', ['a', 'a/a/a']], ['a', ['', 'a']], ['a/aa', ['a', 'aa']], ['a/aa/a', ['a', 'aa/a']],
    ['foo.com', ['', 'foo.com']], ['foo.com:8080/bar', ['foo.com:8080', 'bar']], ['foo.com/bar', ['foo.com', 'bar']],
    ['foo.com/bar/baz', ['foo.com', 'bar/baz']], ['localhost:8080/bar', ['localhost:8080', 'bar']],
    ['sub-dom1.foo.com/bar/baz/quux', ['sub-dom1.foo.com', 'bar/baz/quux']], ['blog.foo.com/bar/baz', ['blog.foo.com', 'bar/baz']],
    ['aa-a/a', ['aa-a', 'a']], ['a/'.repeat(128) + 'a', ['a', 'a/'.repeat(127) + 'a']], ['foo_bar', ['', 'foo_bar']],
    ['foo_bar.com', ['', 'foo_bar.com']], ['foo.com/foo_bar', ['foo.com', 'foo_bar']],
    ['b.gcr.io/test.example.com/my-app', ['b.gcr.io', 'test.example.com/my-app']], ['xn--n3h.com/myimage', ['xn--n3h.com', 'myimage']],
    ['xn--7o8h.com/myimage', ['xn--7o8h.com', 'myimage']], ['example.com/xn--7o8h.com/myimage', ['example.com', 'xn--7o8h.com/myimage']],
    ['example.com/some_separator__underscore/myimage', ['example.com', 'some_separator__underscore/myimage']],
    ['do__cker/docker', ['', 'do__cker/docker']],
    ['registry.io/foo/project--id.module--name.ver---sion--name', ['registry.io', 'foo/project--id.module--name.ver---sion--name']],
  ])('%s matches as %j', (input, expected) => {
    expect(subs(anchoredName, input)).toEqual(expected);
  });

  it('Asdf.com/foo/bar matches: uppercase is allowed in the host', () => {
    expect(anchoredName.test('Asdf.com/foo/bar')).toBe(true);
  });

  it.each([
    '', 'a/a/a/a/', 'a//a/a', 'foo.com/', 'foo.com:http/bar', 'a^a', 'aa/asdf$$^/aa', 'asdf$$^/aa', 'a-/a/a/a', 'foo.com/a-/a/a', '-foo/bar',
    'foo/bar-', 'foo-/bar', 'foo/-bar', '_foo/bar', 'foo_bar.com:8080', 'foo_bar.com:8080/app', '____/____', '_docker/_docker',
    'docker_/docker_', 'example.com/__underscore/myimage', 'example.com/..dots/myimage', 'example.com/.dots/myimage',
    'example.com/nodouble..dots/myimage', 'docker./docker', '.docker/docker', 'docker-/docker', '-docker/docker', 'do..cker/docker',
    'do__cker:8080/docker', 'Foo/FarB',
  ])('%j does not match', (input) => {
    expect(anchoredName.test(input)).toBe(false);
  });
});

describe('the reference grammar captures name, tag and digest (TestReferenceRegexp)', () => {
  it.each([
    ['registry.com:8080/myapp:tag', ['registry.com:8080/myapp', 'tag', '']],
    [`registry.com:8080/myapp@${be}`, ['registry.com:8080/myapp', '', be]],
    [`registry.com:8080/myapp:tag2@${be}`, ['registry.com:8080/myapp', 'tag2', be]],
    [`localhost:8080@${be}`, ['localhost', '8080', be]],
    [`localhost:8080/name@${be}`, ['localhost:8080/name', '', be]],
    [`localhost@${be}`, ['localhost', '', be]],
  ])('%s matches as %j', (input, expected) => {
    expect(subs(anchoredReference, input)).toEqual(expected);
  });

  it.each([
    'registry.com:8080/myapp@sha256:badbadbadbad', 'registry.com:8080/myapp:invalid~tag', 'bad_hostname.com:8080/myapp:tag',
    `localhost:http/name@${be}`, 'registry.com:8080/myapp@bad', 'registry.com:8080/myapp@2bad',
  ])('%s does not match', (input) => {
    expect(anchoredReference.test(input)).toBe(false);
  });
});

describe('the identifier grammar (TestIdentifierRegexp)', () => {
  it.each([
    ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821', true],
    ['7EC43B381E5AEFE6E04EFB0B3F0693FF2A4A50652D64AEC573905F2DB5889A1C', false],
    ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf', false],
    ['sha256:da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821', false],
    ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf98218482', false],
  ])('%s is an image ID: %s', (input, match) => {
    expect(anchoredIdentifier.test(input)).toBe(match);
  });
});
