/**
 * The way a layer in transfer travels: from its registry into the daemon, then down
 * into the images box (reversed for a push). Concurrent transfers get lanes a little
 * apart, so their blocks and labels do not sit on each other.
 */
import { center, clamp } from './geometry.ts';
import type { Rect, TransferLane } from './layout-types.ts';
import type { Regions } from './regions.ts';
import type { SceneState } from '../sim-types.ts';

const LANES = 4;
const SLOTS = 5;
const SLOT_W = 50;

export function layoutTransfers(
  transfers: SceneState['transfers'],
  r: Regions,
  registryRect: (host: string) => Rect,
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
    // A finished layer waits in a slot along the top of the images box.
    const slot = i % SLOTS;
    const end = {
      x: r.images.x + r.images.width - 8 - SLOT_W / 2 - slot * SLOT_W,
      y: r.images.y + 12 + (Math.floor(i / SLOTS) % 2) * 14,
    };
    const points = [start, through, { x: through.x, y: r.images.y - 4 }, end];
    return {
      key: `${t.direction}:${t.digest}`,
      digest: t.digest,
      direction: t.direction,
      progress: t.progress,
      registry: t.registry,
      points: t.direction === 'pull' ? points : [...points].reverse(),
    };
  });
}
