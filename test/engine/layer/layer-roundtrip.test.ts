import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs.ts';
import type { FsSnapshot } from '../../../src/engine/fs/memfs.ts';
import { FsError } from '../../../src/engine/fs/types.ts';
import {
  applyLayerTar,
  layerTarFromDiff,
  snapshotFromLayers,
  tarFromTree,
} from '../../../src/engine/layer/changes.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';

/** Everything a layer must carry over, one line per path (directory mtimes are not significant, as in moby). */
function listing(snapshot: FsSnapshot): string[] {
  const fs = MemFs.from(snapshot);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdir(dir)) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const st = fs.lstat(path);
      const mtime = st.type === 'dir' ? '' : Math.floor(st.mtime / 1000);
      const body = st.type === 'file' ? fs.readText(path) : st.type === 'symlink' ? fs.readlink(path) : '';
      out.push(`${st.type} ${path} ${st.mode.toString(8)} ${st.uid}:${st.gid} ${st.size} ${mtime} ${body}`);
      if (st.type === 'dir') walk(path);
    }
  };
  walk('/');
  return out;
}

const names = ['a', 'b', 'c', 'etc', '.wh'];
const path = fc
  .array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 })
  .map((p) => '/' + p.join('/'));
type Op = (fs: MemFs) => void;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(path, fc.string({ maxLength: 5 }), fc.option(fc.nat(), { nil: undefined })).map(
    ([p, s, declaredSize]): Op =>
      (fs) =>
        fs.writeFile(p, s, { declaredSize }),
  ),
  path.map(
    (p): Op =>
      (fs) =>
        fs.mkdir(p, { recursive: true }),
  ),
  path.map(
    (p): Op =>
      (fs) =>
        fs.rm(p, { recursive: true }),
  ),
  fc.tuple(path, path).map(
    ([a, b]): Op =>
      (fs) =>
        fs.rename(a, b),
  ),
  fc.tuple(path, path).map(
    ([target, p]): Op =>
      (fs) =>
        fs.symlink(target, p),
  ),
  fc.tuple(path, fc.integer({ min: 0, max: 0o777 })).map(
    ([p, m]): Op =>
      (fs) =>
        fs.chmod(p, m),
  ),
  fc.tuple(path, fc.nat(2000)).map(
    ([p, id]): Op =>
      (fs) =>
        fs.chown(p, id, id),
  ),
);

function run(fs: MemFs, clock: VirtualClock, ops: Op[]): void {
  for (const f of ops) {
    clock.advance(1000);
    try {
      f(fs);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
}

describe('layers reproduce the filesystem they were made from', () => {
  it('applyLayerTar(base, layerTarFromDiff(base, changed)) gives changed', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.array(op, { maxLength: 12 }), (setup, change) => {
        const clock = new VirtualClock(0);
        const fs = new MemFs({ clock });
        run(fs, clock, setup);
        const base = fs.snapshot();
        run(fs, clock, change);
        const changed = fs.snapshot();
        const rebuilt = MemFs.from(base);
        applyLayerTar(rebuilt, layerTarFromDiff(base, changed));
        expect(listing(rebuilt.snapshot())).toEqual(listing(changed));
        expect(listing(base)).toEqual(listing(MemFs.from(base).snapshot()));
      }),
      { numRuns: 500 },
    );
  });

  it('a stack of layers gives the same tree as the whole-tree base layer', () => {
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 6 }), { maxLength: 4 }), (steps) => {
        const clock = new VirtualClock(0);
        const fs = new MemFs({ clock });
        const tars: Uint8Array[] = [];
        let before = fs.snapshot();
        for (const step of steps) {
          run(fs, clock, step);
          const after = fs.snapshot();
          tars.push(layerTarFromDiff(before, after));
          before = after;
        }
        expect(listing(snapshotFromLayers(tars))).toEqual(listing(before));
        expect(listing(snapshotFromLayers([tarFromTree(before)]))).toEqual(listing(before));
      }),
      { numRuns: 300 },
    );
  });
});
