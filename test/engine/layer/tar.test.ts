import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTar, writeTar } from '../../../src/engine/layer/tar.ts';
import type { TarEntry } from '../../../src/engine/layer/tar.ts';

const text = (s: string) => new TextEncoder().encode(s);

const segment = fc.stringMatching(/^[a-zA-Z0-9._é-]{1,30}$/).filter((s) => s !== '.' && s !== '..');
const path = fc.array(segment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('/'));
const meta = {
  mode: fc.integer({ min: 0, max: 0o7777 }),
  uid: fc.integer({ min: 0, max: 65535 }),
  gid: fc.integer({ min: 0, max: 65535 }),
  mtime: fc.integer({ min: 0, max: 8 ** 11 - 1 }),
};
const entry: fc.Arbitrary<TarEntry> = fc.oneof(
  fc.record(
    {
      path,
      type: fc.constant('file' as const),
      ...meta,
      data: fc.uint8Array({ maxLength: 1100 }),
      declaredSize: fc.option(fc.nat(), { nil: undefined }),
    },
    { requiredKeys: ['path', 'type', 'mode', 'uid', 'gid', 'mtime', 'data'] },
  ),
  fc.record({ path, type: fc.constant('dir' as const), ...meta }),
  fc.record({
    path,
    type: fc.constant('symlink' as const),
    ...meta,
    linkname: fc.string({ minLength: 1, maxLength: 150 }),
  }),
  fc.record({ path, type: fc.constant('hardlink' as const), ...meta, linkname: path }),
);

describe('tar', () => {
  it('writeTar([]) is two zero blocks', () => {
    expect(writeTar([])).toEqual(new Uint8Array(1024));
  });

  it('writes ustar headers with a valid checksum, padded to 512-byte blocks', () => {
    const tar = writeTar([
      { path: 'etc/hostname', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: text('hi\n') },
    ]);
    expect(tar.length).toBe(512 + 512 + 1024);
    const header = tar.subarray(0, 512);
    expect(new TextDecoder().decode(header.subarray(257, 263))).toBe('ustar\0');
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
    expect(new TextDecoder().decode(header.subarray(148, 156))).toBe(
      sum.toString(8).padStart(6, '0') + '\0 ',
    );
  });

  it('writes directories with a trailing slash and reads them back without one', () => {
    const tar = writeTar([{ path: 'usr/bin', type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 }]);
    expect(new TextDecoder().decode(tar.subarray(0, 8))).toBe('usr/bin/');
    expect(readTar(tar)[0].path).toBe('usr/bin');
  });

  it('uses a PAX header for paths longer than 100 bytes and for declared sizes', () => {
    const long = 'd/'.repeat(70) + 'f';
    const tar = writeTar([
      {
        path: long,
        type: 'file',
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: 0,
        data: text('#'),
        declaredSize: 5_000_000,
      },
    ]);
    expect(tar[156]).toBe('x'.charCodeAt(0));
    const pax = new TextDecoder().decode(tar.subarray(512, 1024));
    expect(pax).toContain(' DOCKYARD.size=5000000\n');
    expect(pax).toContain(` path=${long}\n`);
    expect(readTar(tar)).toEqual([
      {
        path: long,
        type: 'file',
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: 0,
        data: text('#'),
        declaredSize: 5_000_000,
      },
    ]);
  });

  it('is deterministic: equal entries give equal bytes', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (entries) => {
        expect(writeTar(entries)).toEqual(writeTar(structuredClone(entries)));
      }),
    );
  });

  it('readTar(writeTar(entries)) gives the entries back', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const expected = entries
          .map((e) => (e.type === 'file' ? e : { ...e, data: undefined }))
          .map((e) => JSON.parse(JSON.stringify({ ...e, data: e.data ? [...e.data] : undefined })));
        const actual = readTar(writeTar(entries)).map((e) =>
          JSON.parse(JSON.stringify({ ...e, data: e.data ? [...e.data] : undefined })),
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a header with a bad checksum', () => {
    const tar = writeTar([
      { path: 'f', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: text('x') },
    ]);
    tar[0] = 'g'.charCodeAt(0);
    expect(() => readTar(tar)).toThrow(/invalid tar header/);
  });
});
