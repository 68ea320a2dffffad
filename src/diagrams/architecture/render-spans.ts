/**
 * Draws a layer shared by neighbouring image stacks once, as one band across them,
 * with its badge, how many images hold it and the instruction that made it.
 */
import { layerCommand } from './format.ts';
import { fit } from './geometry.ts';
import type { SharedSpan } from './layout-types.ts';
import { leave, place, type Focus } from './motion.ts';
import type { Group } from './render-frame.ts';

export function renderSpans(parent: Group, spans: SharedSpan[], focus: Focus): void {
  const g = parent
    .selectAll<SVGGElement, SharedSpan>('g.dy-span-group')
    .data(spans, (d) => d.key)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'dy-span-group').attr('role', 'img');
        e.append('title');
        e.append('rect').attr('class', 'dy-span').attr('rx', 2).style('opacity', 0);
        e.append('text').attr('class', 'dy-span-badge').attr('text-anchor', 'middle');
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  const text = (d: SharedSpan) => `Layer ${d.badge}, shared by ${d.imageKeys.length} images, stored once`;
  g.attr('aria-label', text).select('title').text(text);
  place(
    g.select('rect'),
    focus,
    { x: (d) => d.x, y: (d) => d.y, width: (d) => d.width, height: (d) => d.height },
    { opacity: 1 },
  );
  g.select('text')
    .text((d) =>
      d.height < 9
        ? ''
        : fit(
            `${d.badge} · shared by ${d.imageKeys.length} images · ${layerCommand(d.createdBy)}`,
            d.width - 8,
            9,
          ),
    )
    .attr('x', (d) => d.x + d.width / 2)
    .attr('y', (d) => d.y + d.height / 2 + 3);
}
