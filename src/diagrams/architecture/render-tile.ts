/**
 * Draws a "+N more" tile for what did not fit (images or containers), with a label
 * that says how many are not shown.
 */
import type { OverflowTile } from './layout-types.ts';
import { leave, place, type Focus } from './motion.ts';
import type { Group } from './render-frame.ts';

export function renderTile(
  parent: Group,
  tile: OverflowTile | null,
  className: string,
  noun: string,
  focus: Focus,
): void {
  const g = parent
    .selectAll<SVGGElement, OverflowTile>(`g.${className}`)
    .data(tile ? [tile] : [], (d) => d.key)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', `dy-tile ${className}`).attr('role', 'img');
        e.append('rect').attr('rx', 6);
        e.append('text').attr('text-anchor', 'middle').attr('font-size', 12).attr('font-weight', 700);
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  g.attr('aria-label', (d) => `${d.count} ${noun} not shown`);
  place(g.select('rect'), focus, {
    x: (d) => d.x,
    y: (d) => d.y,
    width: (d) => d.width,
    height: (d) => d.height,
  });
  g.select('text')
    .text((d) => d.label)
    .attr('x', (d) => d.x + d.width / 2)
    .attr('y', (d) => d.y + d.height / 2 + 4);
}
