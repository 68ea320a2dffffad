/**
 * The way a layer in transfer travels: from its registry into the daemon, then down
 * into the images box, where finished layers pile up as the stack of the image to come
 * (reversed for a push). Concurrent transfers get lanes a little apart, so their blocks
 * and labels do not sit on each other.
 */
import { center, clamp } from './geometry.ts';
import type { Rect, TransferLane } from './layout-types.ts';
import type { Regions } from './regions.ts';
import type { SceneState } from '../sim-types.ts';

const LANES = 4;

export function layoutTransfers(
  transfers: SceneState['transfers'],
  r: Regions,
  registryRect: (host: string) => Rect,
  buildSlot: Rect,
): TransferLane[] {
  const wide = r.orientation === 'wide';
  return transfers.map((t, i) => {
    const reg = registryRect(t.registry);
    const lane = i % LANES;
    // Through the daemon, each lane a little apart, then down into the images box.
    const through = {
      x: wide ? r.daemon.x + r.daemon.width - 40 - lane * 14 : center(reg).x + (lane - 1.5) * 10,
      y: center(r.daemon).y + (wide ? (lane - 1.5) * 12 : 0),
    };
    const start = wide
      ? { x: reg.x, y: clamp(through.y, reg.y + 8, reg.y + reg.height - 8) }
      : { x: through.x, y: reg.y + reg.height };
    // Finished layers pile up where the new image will stand, base at the bottom.
    const h = Math.min(14, (buildSlot.height - 14) / Math.max(1, transfers.length));
    const end = {
      x: buildSlot.x + buildSlot.width / 2,
      y: buildSlot.y + buildSlot.height - 14 - (i + 0.5) * h,
    };
    const points = [start, through, { x: through.x, y: r.images.y - 4 }, end];
    return {
      key: `${t.direction}:${t.digest}`,
      digest: t.digest,
      direction: t.direction,
      progress: t.progress,
      registry: t.registry,
      points: t.direction === 'pull' ? points : [...points].reverse(),
      terse: !wide,
    };
  });
}
