import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ContentStore } from '../../../src/engine/content/store.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('ContentStore', () => {
  it('addresses a blob by the sha256 of its bytes', () => {
    const store = new ContentStore();
    const digest = store.put(bytes('{"architecture":"amd64"}'));
    expect(digest).toBe(`sha256:${createHash('sha256').update('{"architecture":"amd64"}').digest('hex')}`);
    expect(store.get(digest)).toEqual(bytes('{"architecture":"amd64"}'));
    expect(store.has(digest)).toBe(true);
    expect(store.size(digest)).toBe(24);
  });

  it('stores equal content once', () => {
    const store = new ContentStore();
    const a = store.put(bytes('layer'));
    const b = store.put(bytes('layer'));
    expect(a).toBe(b);
    expect(store.digests()).toEqual([a]);
    expect(store.totalSize()).toBe(5);
  });

  it('keeps its own copy, so a caller reusing its buffer changes nothing', () => {
    const store = new ContentStore();
    const buffer = bytes('abc');
    const digest = store.put(buffer);
    buffer[0] = 0;
    expect(store.get(digest)).toEqual(bytes('abc'));
  });

  it('deletes blobs and reports unknown digests as undefined', () => {
    const store = new ContentStore();
    const digest = store.put(bytes('x'));
    expect(store.delete(digest)).toBe(true);
    expect(store.delete(digest)).toBe(false);
    expect(store.get(digest)).toBeUndefined();
    expect(store.size(digest)).toBeUndefined();
    expect(store.totalSize()).toBe(0);
  });

  it('lists digests sorted', () => {
    const store = new ContentStore();
    for (const s of ['a', 'b', 'c', 'd']) store.put(bytes(s));
    const list = store.digests();
    expect(list).toEqual([...list].sort());
    expect(list).toHaveLength(4);
  });
});
