/**
 * The arrows between Docker's parts and the paths things travel along: the API call
 * from client to daemon, pull/push between daemon and each registry, the daemon
 * managing images and containers, and "create" from an image to a container. A
 * transfer (a layer being pulled or pushed) travels registry → daemon → images.
 * `edgeBetween` finds the path for any pair of components a trace step names, drawn
 * or not, so a packet always has a way to go.
 */
import { anchor, center, clamp } from './geometry.ts';
import type { ComponentBox, LayoutEdge, Point, Rect, TransferLane } from './layout-types.ts';
import type { Regions } from './regions.ts';
import type { SceneState } from '../sim-types.ts';

const straight = (a: Point, b: Point): Point[] => [a, b];

export function layoutEdges(r: Regions, registryKeys: string[]): LayoutEdge[] {
  const wide = r.orientation === 'wide';
  const edges: LayoutEdge[] = [];
  const add = (from: string, to: string, label: string, points: Point[], twoWay = false) => edges.push({ key: `${from}->${to}`, from, to, label, points, twoWay });
  const daemonMid = center(r.daemon);
  if (wide) add('client', 'daemon', 'REST API', straight(anchor(r.client, 'right'), { x: r.daemon.x, y: daemonMid.y }));
  else add('client', 'daemon', 'REST API', straight(anchor(r.client, 'bottom'), { x: center(r.client).x, y: r.daemon.y }));
  r.registries.forEach((reg, i) => {
    const key = registryKeys[i];
    if (wide) {
      const start = anchor(r.daemon, 'right', i === 0 ? 0.5 : 0.8);
      const end = i === 0 && start.y > reg.y && start.y < reg.y + reg.height ? { x: reg.x, y: start.y } : anchor(reg, 'left');
      const bend = (start.x + end.x) / 2;
      add('daemon', key, 'pull / push', i === 0 ? straight(start, end) : [start, { x: bend, y: start.y }, { x: bend, y: end.y }, end], true);
    } else {
      const x = center(reg).x;
      add('daemon', key, 'pull / push', straight({ x, y: r.daemon.y }, { x, y: reg.y + reg.height }), true);
    }
  });
  add('daemon', 'images', wide ? 'build / pull' : 'pull', straight({ x: center(r.images).x, y: r.daemon.y + r.daemon.height }, anchor(r.images, 'top')));
  if (wide) {
    add('daemon', 'containers', 'run', straight({ x: center(r.containers).x, y: r.daemon.y + r.daemon.height }, anchor(r.containers, 'top')));
    add('images', 'containers', 'create', straight(anchor(r.images, 'left', 0.3), anchor(r.containers, 'right', 0.3)));
  } else {
    const x = r.containers.x - 6;
    add('daemon', 'containers', 'run', [{ x, y: r.daemon.y + r.daemon.height }, { x, y: r.containers.y + 14 }, { x: r.containers.x, y: r.containers.y + 14 }]);
    add('images', 'containers', 'create', straight(anchor(r.images, 'bottom', 0.7), anchor(r.containers, 'top', 0.7)));
  }
  return edges;
}

/** The path between two boxes: a drawn edge (reversed if need be) or a straight line. */
export function edgeBetween(edges: LayoutEdge[], boxes: ComponentBox[], from: string, to: string): Point[] {
  const forward = edges.find((e) => e.from === from && e.to === to);
  if (forward) return forward.points;
  const backward = edges.find((e) => e.from === to && e.to === from);
  if (backward) return [...backward.points].reverse();
  const a = boxes.find((b) => b.key === from);
  const b = boxes.find((b) => b.key === to);
  if (!a || !b) return [];
  return straight(closest(a, center(b)), closest(b, center(a)));
}

function closest(rect: Rect, toward: Point): Point {
  const c = center(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (Math.abs(dx) * rect.height > Math.abs(dy) * rect.width) return anchor(rect, dx > 0 ? 'right' : 'left');
  return anchor(rect, dy > 0 ? 'bottom' : 'top');
}

export function layoutTransfers(transfers: SceneState['transfers'], r: Regions, registryRect: (host: string) => Rect): TransferLane[] {
  return transfers.map((t, i) => {
    const reg = registryRect(t.registry);
    const lane = (i % 4) * 8 - 12;
    const through = { x: r.orientation === 'wide' ? r.daemon.x + r.daemon.width - 30 - lane : center(reg).x + lane, y: center(r.daemon).y + (r.orientation === 'wide' ? lane : 0) };
    const start = r.orientation === 'wide' ? { x: reg.x, y: clamp(through.y, reg.y + 8, reg.y + reg.height - 8) } : { x: through.x, y: reg.y + reg.height };
    const end = { x: r.images.x + r.images.width - 24 - (i % 4) * 10, y: r.images.y + 24 };
    const points = [start, through, { x: through.x, y: r.images.y - 4 }, end];
    return { key: `${t.direction}:${t.digest}`, digest: t.digest, direction: t.direction, progress: t.progress, registry: t.registry, points: t.direction === 'pull' ? points : [...points].reverse() };
  });
}
