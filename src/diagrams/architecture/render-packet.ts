/**
 * The labelled packet: for a step that crosses an edge, a pill with the edge's label
 * as the trace wrote it (`POST /containers/create`, `201 Created`, `layer 57e8aae72e0f`;
 * the API call when there is no label) travels along it. The dot runs the
 * whole way, from the sender to the receiver; the pill rides with it to the middle of
 * the edge and stays there (in place of the edge's own label) until the next step, so
 * it never covers the boxes it connects. Under reduced motion both are simply shown
 * where they end.
 */
import { interpolateTransformSvg } from 'd3';
import { edgeBetween } from './edges.ts';
import { CHAR_WIDTH, fit, pointAlong } from './geometry.ts';
import type { ArchitectureLayout, Point } from './layout-types.ts';
import { apiLabel } from './format.ts';
import { moving, translate, type Focus, type Sel } from './motion.ts';
import type { Group } from './render-frame.ts';

export interface Packet {
  key: string;
  label: string;
  points: Point[];
  /** Where the pill's anchor rests, and which end of the pill that anchor is. */
  rest: Point;
  anchor: 'start' | 'middle' | 'end';
  width: number;
}

export function packetFor(
  layout: ArchitectureLayout,
  focus: Focus,
  from?: string,
  to?: string,
): Packet | null {
  const step = focus.step;
  if (!step?.edge || !from || !to) return null;
  const points = edgeBetween(layout.edges, layout.boxes, from, to);
  if (points.length < 2) return null;
  const label = fit(
    step.edge.label || (step.api ? apiLabel(step.api) : ''),
    Math.min(300, layout.width - 40),
    11,
  );
  const width = Math.ceil(label.length * 11 * CHAR_WIDTH + 14);
  const between = (a: string, b: string) =>
    layout.edges.find((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a));
  // A message that goes through the daemon (registry → images) rests on its first leg.
  const drawn = between(from, to) ?? between(from, 'daemon') ?? between('daemon', to);
  const anchor = drawn?.packetAnchor ?? 'middle';
  const spot = drawn?.packetAt ?? pointAlong(points, 0.5);
  const left = anchor === 'start' ? 0 : anchor === 'middle' ? width / 2 : width;
  const x = Math.min(Math.max(spot.x, 4 + left), layout.width - 4 - (width - left));
  return { key: `step-${step.id}`, label, points, rest: { x, y: spot.y }, anchor, width };
}

const at = (d: Packet, t: number) => {
  const p = pointAlong(d.points, t);
  return translate(p.x, p.y);
};

const rest = (d: Packet) => translate(d.rest.x, d.rest.y);

function travel(sel: Sel<SVGGElement, Packet>, focus: Focus, to: (d: Packet) => string): void {
  sel
    .attr('transform', (d) => at(d, 0))
    .transition('dy-packet')
    .duration(focus.durationMs)
    .attrTween('transform', (d) => interpolateTransformSvg(at(d, 0), to(d)));
}

export function renderPacket(
  parent: Group,
  packet: Packet | null,
  focus: Focus,
  size: { width: number; height: number },
): void {
  const g = parent
    .selectAll<SVGGElement, Packet>('g.dy-packet')
    .data(packet ? [packet] : [], (d) => d.key)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'dy-packet').attr('role', 'img');
        e.append('g').attr('class', 'dy-dot').append('circle').attr('r', 6);
        const pill = e.append('g').attr('class', 'dy-pill-packet');
        pill.append('rect').attr('rx', 10).attr('height', 20).attr('y', -10);
        pill.append('text').attr('text-anchor', 'middle').attr('y', 4);
        return e;
      },
      (update) => update,
      (exit) => exit.remove(),
    );
  g.attr('aria-label', (d) => `Message: ${d.label}`);
  g.select('text').text((d) => d.label);
  const offset = (d: Packet) => (d.anchor === 'start' ? 0 : d.anchor === 'middle' ? -d.width / 2 : -d.width);
  g.select('rect')
    .attr('width', (d) => d.width)
    .attr('x', offset);
  g.select('text').attr('x', (d) => offset(d) + d.width / 2);
  // A re-render for the same step (a transfer's progress, say) lets a travelling
  // packet go on; only a new step or a new drawing size places it again.
  const stamp = `${size.width}x${size.height}`;
  const fresh = g.filter(function () {
    return this.getAttribute('data-size') !== stamp;
  });
  const first = fresh.filter(function () {
    return !this.getAttribute('data-size');
  });
  fresh.attr('data-size', stamp);
  const dots = fresh.select<SVGGElement>('g.dy-dot');
  const pills = fresh.select<SVGGElement>('g.dy-pill-packet');
  if (!moving(focus) || first.empty()) {
    dots.interrupt('dy-packet').attr('transform', (d) => at(d, 1));
    pills.interrupt('dy-packet').attr('transform', rest);
    return;
  }
  // The dot travels the edge; the pill rides from the sender to its resting place.
  dots
    .attr('transform', (d) => at(d, 0))
    .transition('dy-packet')
    .duration(focus.durationMs)
    .attrTween('transform', (d) => (u) => at(d, u));
  travel(pills, focus, rest);
}
