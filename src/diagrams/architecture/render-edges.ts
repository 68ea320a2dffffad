/**
 * Draws the arrows between Docker's parts: a path with arrow heads (both ends for
 * pull/push) and its label where the layout put it. The edge a step's message travels
 * is highlighted, and its label gives way to the message's pill.
 */
import { line } from 'd3';
import type { LayoutEdge } from './layout-types.ts';
import { leave, place, type Focus } from './motion.ts';
import type { Group } from './render-frame.ts';

export function renderEdges(
  parent: Group,
  edges: LayoutEdge[],
  focus: Focus,
  id: string,
  activeKey: string | undefined,
  busy: string[],
): void {
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  const g = parent
    .selectAll<SVGGElement, LayoutEdge>('g.dy-edge')
    .data(edges, (d) => d.key)
    .join(
      (enter) => {
        const e = enter.append('g').attr('aria-hidden', 'true');
        e.append('path').attr('marker-end', `url(#${id}-arrow)`);
        e.append('text');
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  g.attr(
    'class',
    (d) => `dy-edge${d.key === activeKey ? ' dy-active' : ''}${busy.includes(d.key) ? ' dy-busy' : ''}`,
  );
  g.select('path').attr('marker-start', (d) => (d.twoWay ? `url(#${id}-arrow)` : null));
  place(g.select('path'), focus, { d: (d) => path(d.points) ?? '' });
  g.select('text')
    .text((d) => d.label)
    .attr('text-anchor', (d) => d.labelAnchor);
  place(g.select('text'), focus, { x: (d) => d.labelAt.x, y: (d) => d.labelAt.y });
}
