/**
 * Draws networks and volumes as labelled chips in their boxes; a chip that appears
 * fades in where it belongs, one that goes fades out.
 */
import type { Chip } from './layout-types.ts';
import { leave, place, type Focus } from './motion.ts';
import type { Group } from './render-frame.ts';

const describe = (d: Chip) => (d.kind === 'more' ? `${d.label.slice(1)} more` : `${d.kind} ${d.label}`);

export function renderChips(parent: Group, chips: Chip[], focus: Focus): void {
  const g = parent
    .selectAll<SVGGElement, Chip>('g.dy-chip')
    .data(chips, (d) => d.key)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'dy-chip').attr('role', 'img').style('opacity', 0);
        e.append('rect')
          .attr('rx', 10)
          .attr('x', (d) => d.x)
          .attr('y', (d) => d.y);
        e.append('text').attr('font-size', 11);
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  g.attr('aria-label', describe);
  place(g, focus, {}, { opacity: 1 });
  place(g.select('rect'), focus, {
    x: (d) => d.x,
    y: (d) => d.y,
    width: (d) => d.width,
    height: (d) => d.height,
  });
  place(g.select('text'), focus, { x: (d) => d.x + 7, y: (d) => d.y + 14 });
  g.select('text').text((d) => d.label);
}
