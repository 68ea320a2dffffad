import { describe, expect, it } from 'vitest';
import { ReferenceStore } from '../../../src/engine/image/refstore.ts';
import { parseNormalizedNamed as ref } from '../../../src/engine/reference/index.ts';
import { digestOf } from '../../../src/engine/util/digest.ts';

const img1 = digestOf('one');
const img2 = digestOf('two');
const manifest = digestOf('manifest');

describe('reference store', () => {
  it('a tag resolves whether written familiar or fully qualified, and a missing tag means latest', () => {
    const refs = new ReferenceStore();
    refs.addTag(ref('alpine:latest'), img1);
    expect(refs.get(ref('docker.io/library/alpine:latest'))).toBe(img1);
    expect(refs.get(ref('alpine'))).toBe(img1);
    expect(refs.get(ref('alpine:3'))).toBeUndefined();
  });

  it('RepoTags and RepoDigests are familiar strings sorted by full name', () => {
    const refs = new ReferenceStore();
    refs.addTag(ref('zeta:1'), img1);
    refs.addTag(ref('localhost:5000/app:v1'), img1);
    refs.addTag(ref('alpine:latest'), img1);
    refs.addDigest(ref(`alpine@${manifest}`), img1);
    // docker.io/library/… < docker.io/library/zeta < localhost:5000/…
    expect(refs.repoTags(img1)).toEqual(['alpine:latest', 'zeta:1', 'localhost:5000/app:v1']);
    expect(refs.repoDigests(img1)).toEqual([`alpine@${manifest}`]);
  });

  it('re-tagging moves a tag to the new image; without force it is a conflict', () => {
    const refs = new ReferenceStore();
    refs.addTag(ref('app:v1'), img1);
    refs.addTag(ref('app:v1'), img2);
    expect(refs.get(ref('app:v1'))).toBe(img2);
    expect(refs.repoTags(img1)).toEqual([]);
    expect(() => refs.addTag(ref('app:v1'), img1, false)).toThrow(/^Conflict: Tag app:v1 is already set to image sha256:/);
  });

  it('a repository named sha256 is refused as ambiguous', () => {
    const refs = new ReferenceStore();
    expect(() => refs.addTag(ref('sha256:abc'), img1)).toThrow('refusing to create an ambiguous tag using digest algorithm as name');
  });

  it('a digest lookup ignores the tag, as the daemon does', () => {
    const refs = new ReferenceStore();
    refs.addDigest(ref(`alpine@${manifest}`), img1);
    expect(refs.get(ref(`alpine:whatever@${manifest}`))).toBe(img1);
  });

  it('delete removes one name and reports whether it existed', () => {
    const refs = new ReferenceStore();
    refs.addTag(ref('app:v1'), img1);
    expect(refs.delete(ref('app:v1'))).toBe(true);
    expect(refs.delete(ref('app:v1'))).toBe(false);
    expect(refs.references(img1)).toEqual([]);
  });
});
