/**
 * A container's writable layer seen from outside: `docker diff` (GET /containers/{id}/changes)
 * and its size (SizeRw). The init layer's mounts are never reported, as in Docker.
 */
import type { Container } from '../../container/container.ts';
import { diffSnapshots, type Change } from '../../fs/diff.ts';
import type { DaemonContext } from '../context.ts';
import { withoutInitLayer } from './init-layer.ts';

const kindNumber = { C: 0, A: 1, D: 2 } as const;

export function containerChanges(container: Container): Change[] {
  return withoutInitLayer(diffSnapshots(container.baseSnapshot, container.fs.snapshot()), (c) => c.path, (c) => c.kind === 'C');
}

/** The Engine API shape: `[{ Path, Kind }]` with Kind 0 modified, 1 added, 2 deleted. */
export function changesResponse(ctx: DaemonContext, ref: string): { Path: string; Kind: number }[] {
  return containerChanges(ctx.containers.get(ref)).map((c) => ({ Path: c.path, Kind: kindNumber[c.kind] }));
}

/** Bytes of regular files added or changed in the writable layer. */
export function sizeRw(container: Container): number {
  let total = 0;
  for (const change of containerChanges(container)) {
    if (change.kind === 'D') continue;
    try {
      const stat = container.fs.lstat(change.path);
      if (stat.type === 'file') total += stat.size;
    } catch {
      // Vanished between diff and stat: nothing to count.
    }
  }
  return total;
}
