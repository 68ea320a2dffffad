import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { familiarString, parseNormalizedNamed, referenceString } from '../../../src/engine/reference/index.ts';

const alnum = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const separator = fc.constantFrom('.', '_', '__', '-', '--');
const component = fc
  .tuple(alnum, fc.array(fc.tuple(separator, alnum), { maxLength: 3 }))
  .map(([head, rest]) => head + rest.map(([s, a]) => s + a).join(''));
const registry = fc.constantFrom('', 'localhost/', 'localhost:5000/', 'registry.example.com/', 'docker.io/', 'index.docker.io/', '127.0.0.1:8000/');
const tag = fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,15}$/), { nil: undefined });
const digest = fc.option(fc.stringMatching(/^[a-f0-9]{64}$/).map((h) => `sha256:${h}`), { nil: undefined });

const validName = fc
  .tuple(registry, fc.array(component, { minLength: 1, maxLength: 3 }), tag, digest)
  .filter(([, parts]) => !/^[a-f0-9]{64}$/.test(parts.join('/')))
  // A Docker Hub namespace with a dot would read back as a registry (see the test below).
  .filter(([reg, parts]) => !(['', 'docker.io/', 'index.docker.io/'].includes(reg) && parts.length > 1 && parts[0].includes('.')))
  .map(([reg, parts, t, d]) => reg + parts.join('/') + (t ? `:${t}` : '') + (d ? `@${d}` : ''));

describe('reference properties', () => {
  it('a generated valid name survives normalize → familiar → normalize unchanged', () => {
    fc.assert(
      fc.property(validName, (name) => {
        const once = parseNormalizedNamed(name);
        const again = parseNormalizedNamed(familiarString(once));
        expect(again).toEqual(once);
        expect(referenceString(parseNormalizedNamed(referenceString(once)))).toBe(referenceString(once));
      }),
    );
  });

  it('a Docker Hub namespace containing a dot does not survive the round trip, as upstream', () => {
    const once = parseNormalizedNamed('docker.io/0.a/a');
    expect(familiarString(once)).toBe('0.a/a');
    expect(parseNormalizedNamed('0.a/a')).toEqual({ domain: '0.a', path: 'a' });
  });

  it('uppercase anywhere in the path is always rejected', () => {
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 3 }), fc.nat(), fc.nat(), (parts, which, at) => {
        const i = which % parts.length;
        const word = parts[i];
        const j = at % word.length;
        fc.pre(/[a-z]/.test(word[j]));
        parts[i] = word.slice(0, j) + word[j].toUpperCase() + word.slice(j + 1);
        // behind a registry, so an uppercase first component cannot be read as a domain
        expect(() => parseNormalizedNamed('registry.example.com/' + parts.join('/'))).toThrow(/must be lowercase/);
        expect(() => parseNormalizedNamed('docker.io/library/' + parts.join('/'))).toThrow(/must be lowercase/);
      }),
    );
  });
});
