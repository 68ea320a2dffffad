/**
 * The way a layer in transfer travels: from its registry into the daemon, then down
 * into the images box (reversed for a push). Concurrent transfers get lanes a little
 * apart, so their blocks and labels do not sit on each other.
 */
import { center, clamp } from './geometry.ts';
import type { Rect, TransferLane } from './layout-types.ts';
import type { Regions } from './regions.ts';
import type { SceneState } from '../sim-types.ts';

export function layoutTransfers(
  transfers: SceneState['transfers'],
  r: Regions,
  registryRect: (host: string) => Rect,
): TransferLane[] {
  return transfers.map((t, i) => {
    const reg = registryRect(t.registry);
    const lane = (i % 3) * 16 - 16;
    const through = {
      x: r.orientation === 'wide' ? r.daemon.x + r.daemon.width - 30 - lane : center(reg).x + lane,
      y: center(r.daemon).y + (r.orientation === 'wide' ? lane : 0),
    };
    const start =
      r.orientation === 'wide'
        ? { x: reg.x, y: clamp(through.y, reg.y + 8, reg.y + reg.height - 8) }
        : { x: through.x, y: reg.y + reg.height };
    const end = { x: r.images.x + r.images.width - 24 - (i % 4) * 10, y: r.images.y + 24 };
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
