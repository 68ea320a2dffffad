/**
 * The arrows between Docker's parts and the paths things travel along: the API call
 * from client to daemon, pull/push between daemon and each registry, the daemon
 * managing images and containers, and "create" from an image to a container.
 * `edgeBetween` finds the path for any pair of components a trace step names, drawn
 * or not, so a packet always has a way to go.
 */
import { CHAR_WIDTH, anchor, center, pointAlong } from './geometry.ts';
import type { ComponentBox, LayoutEdge, Point, Rect } from './layout-types.ts';
import type { Regions } from './regions.ts';

const straight = (a: Point, b: Point): Point[] => [a, b];

type Anchor = LayoutEdge['labelAnchor'];
interface Spot {
  at: Point;
  anchor: Anchor;
}

/** An edge's label: above a horizontal edge, beside a vertical one (left if it would spill). */
function labelSpot(points: Point[], label: string, width: number): Spot {
  const mid = pointAlong(points, 0.5);
  const first = points[0];
  const last = points[points.length - 1];
  if (Math.abs(last.y - first.y) <= Math.abs(last.x - first.x))
    return { at: { x: mid.x, y: mid.y - 6 }, anchor: 'middle' };
  const spills = mid.x + 6 + label.length * 11 * CHAR_WIDTH > width - 4;
  return { at: { x: mid.x + (spills ? -6 : 6), y: mid.y + 4 }, anchor: spills ? 'end' : 'start' };
}

export function layoutEdges(r: Regions, registryKeys: string[], width: number): LayoutEdge[] {
  const wide = r.orientation === 'wide';
  const edges: LayoutEdge[] = [];
  const add = (from: string, to: string, label: string, points: Point[], packet?: Spot, twoWay = false) => {
    const l = labelSpot(points, label, width);
    const p = packet ?? { at: pointAlong(points, 0.5), anchor: 'middle' };
    edges.push({
      key: `${from}->${to}`,
      from,
      to,
      label,
      points,
      twoWay,
      labelAt: l.at,
      labelAnchor: l.anchor,
      packetAt: p.at,
      packetAnchor: p.anchor,
    });
  };
  const daemonMid = center(r.daemon);
  // Wide: a message to or from the daemon rests inside the daemon's box, beside where it
  // entered (the box is wide and its title centred). Narrow: in the gap above the host.
  const aboveHost = (x: number, top: Rect): Spot => ({
    at: { x, y: (top.y + top.height + r.host.y) / 2 },
    anchor: 'middle',
  });
  if (wide) {
    const y = daemonMid.y;
    add(
      'client',
      'daemon',
      'REST API',
      straight({ x: r.client.x + r.client.width, y }, { x: r.daemon.x, y }),
      { at: { x: r.daemon.x + 10, y }, anchor: 'start' },
    );
  } else {
    // Right of centre, so the arrow misses the host's title.
    const x = r.client.x + r.client.width * 0.8;
    add(
      'client',
      'daemon',
      'REST API',
      straight({ x, y: r.client.y + r.client.height }, { x, y: r.daemon.y }),
      aboveHost(x, r.client),
    );
  }
  r.registries.forEach((reg, i) => {
    const key = registryKeys[i];
    if (wide) {
      const start = anchor(r.daemon, 'right', i === 0 ? 0.5 : 0.8);
      const end =
        i === 0 && start.y > reg.y && start.y < reg.y + reg.height
          ? { x: reg.x, y: start.y }
          : anchor(reg, 'left');
      const bend = (start.x + end.x) / 2;
      const points =
        i === 0 ? straight(start, end) : [start, { x: bend, y: start.y }, { x: bend, y: end.y }, end];
      add('daemon', key, 'pull / push', points, { at: { x: start.x - 10, y: start.y }, anchor: 'end' }, true);
    } else {
      const x = center(reg).x;
      // Side by side arrows: one label says it for all of them.
      add(
        'daemon',
        key,
        i === 0 ? 'pull / push' : '',
        straight({ x, y: r.daemon.y }, { x, y: reg.y + reg.height }),
        aboveHost(x, reg),
        true,
      );
    }
  });
  add(
    'daemon',
    'images',
    wide ? 'build / pull' : 'pull',
    straight({ x: center(r.images).x, y: r.daemon.y + r.daemon.height }, anchor(r.images, 'top')),
  );
  if (wide) {
    add(
      'daemon',
      'containers',
      'run',
      straight({ x: center(r.containers).x, y: r.daemon.y + r.daemon.height }, anchor(r.containers, 'top')),
    );
    add(
      'images',
      'containers',
      'create',
      straight(anchor(r.images, 'left', 0.3), anchor(r.containers, 'right', 0.3)),
    );
  } else {
    const x = r.containers.x - 6;
    // Unlabelled: the arrow runs down the host's margin, where a label would cover the images.
    const points = [
      { x, y: r.daemon.y + r.daemon.height },
      { x, y: r.containers.y + 14 },
      { x: r.containers.x, y: r.containers.y + 14 },
    ];
    add('daemon', 'containers', '', points, {
      at: { x: center(r.containers).x, y: r.containers.y - 12 },
      anchor: 'middle',
    });
    add(
      'images',
      'containers',
      'create',
      straight(anchor(r.images, 'bottom', 0.7), anchor(r.containers, 'top', 0.7)),
    );
  }
  return edges;
}

function drawnPath(edges: LayoutEdge[], from: string, to: string): Point[] | null {
  const forward = edges.find((e) => e.from === from && e.to === to);
  if (forward) return forward.points;
  const backward = edges.find((e) => e.from === to && e.to === from);
  return backward ? [...backward.points].reverse() : null;
}

/** The path between two boxes: a drawn edge (reversed if need be) or a straight line. */
export function edgeBetween(edges: LayoutEdge[], boxes: ComponentBox[], from: string, to: string): Point[] {
  const drawn = drawnPath(edges, from, to);
  if (drawn) return drawn;
  // Everything in Docker goes through the daemon: registry → images is registry → daemon → images.
  if (from !== 'daemon' && to !== 'daemon') {
    const first = drawnPath(edges, from, 'daemon');
    const second = drawnPath(edges, 'daemon', to);
    if (first && second) return [...first, ...second];
  }
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
