/**
 * Draws image stacks: one band per layer (base at the bottom), shared layers in the
 * shared colour with their badge, a layer shared by neighbouring stacks drawn once
 * across them, a "+N" cap for layers that did not fit, the tag under each stack and a
 * "+N more" tile. New stacks build up from their base; stacks that go fade out.
 */
import type { ImageStack, LayerBand, OverflowTile, SharedSpan } from './layout-types.ts';
import { describeImage } from './describe.ts';
import { humanSize, layerCommand } from './format.ts';
import { fit } from './geometry.ts';
import { leave, place, type Focus } from './motion.ts';
import { renderSpans } from './render-spans.ts';
import { renderTile } from './render-tile.ts';
import type { Group } from './render-frame.ts';

const bandTitle = (b: LayerBand) =>
  `${b.createdBy} — ${humanSize(b.size)}${b.sharedBy > 1 ? ` — layer ${b.badge}, shared by ${b.sharedBy} images` : ''}`;

export function renderImages(
  parent: Group,
  stacks: ImageStack[],
  spans: SharedSpan[],
  overflow: OverflowTile | null,
  focus: Focus,
): void {
  const g = parent
    .selectAll<SVGGElement, ImageStack>('g.dy-image')
    .data(stacks, (d) => d.key)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'dy-image').attr('role', 'img');
        e.append('title');
        e.append('g').attr('class', 'dy-bands');
        e.append('text')
          .attr('class', 'dy-label')
          .attr('text-anchor', 'middle')
          .attr('font-size', 10)
          .attr('x', (d) => d.x + d.width / 2)
          .attr('y', (d) => d.y + d.height + 11);
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  g.attr('aria-label', describeImage).select('title').text(describeImage);
  g.select('text.dy-label').text((d) => d.label);
  place(g.select('text.dy-label'), focus, { x: (d) => d.x + d.width / 2, y: (d) => d.y + d.height + 11 });
  const band = g
    .select<SVGGElement>('g.dy-bands')
    .selectAll<SVGGElement, LayerBand>('g.dy-band-group')
    .data(
      (d) => [...d.bands, ...cap(d)],
      (d) => d.key,
    )
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'dy-band-group');
        e.append('title');
        e.append('rect')
          .attr('class', 'dy-band')
          .attr('x', (d) => d.x)
          .attr('y', (d) => d.y - 18)
          .attr('width', (d) => d.width)
          .attr('height', (d) => d.height)
          .style('opacity', 0);
        e.append('text').attr('class', 'dy-band-label').attr('font-size', 9);
        e.append('text').attr('class', 'dy-badge').attr('text-anchor', 'end');
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  band.select('title').text(bandTitle);
  band.attr('class', (d) => `dy-band-group${d.sharedBy > 1 ? ' dy-shared-group' : ''}`);
  band
    .select('text.dy-band-label')
    .text((d) =>
      d.height >= 12 && d.width >= 60 && !d.spanned
        ? fit(layerCommand(d.createdBy), d.width - (d.badge ? 26 : 8), 9)
        : '',
    )
    .attr('x', (d) => d.x + 4)
    .attr('y', (d) => d.y + d.height / 2 + 3);
  band.select('rect').attr('class', (d) => `dy-band${d.sharedBy > 1 ? ' dy-shared' : ''}`);
  place(
    band.select('rect'),
    focus,
    { x: (d) => d.x, y: (d) => d.y, width: (d) => d.width, height: (d) => d.height },
    { opacity: (d) => (d.spanned ? 0 : 1) },
  );
  band
    .select('text.dy-badge')
    .text((d) => (d.height >= 9 && !d.spanned ? d.badge : ''))
    .attr('x', (d) => d.x + d.width - 3)
    .attr('y', (d) => d.y + d.height / 2 + 3);
  band
    .filter((d) => d.key.endsWith('#more'))
    .select('text.dy-badge')
    .text((d) => (d.height >= 9 ? d.createdBy : ''))
    .attr('text-anchor', 'middle')
    .attr('x', (d) => d.x + d.width / 2)
    .attr('class', 'dy-badge dy-cap');
  renderSpans(parent, spans, focus);
  renderTile(parent, overflow, 'dy-images-more', 'more images', focus);
}

/** The "+N layers" cap on a stack too short for all its layers. */
function cap(stack: ImageStack): LayerBand[] {
  if (stack.hiddenLayers === 0) return [];
  const h = stack.bands[0]?.height ?? 6;
  const label = `+${stack.hiddenLayers} layers`;
  return [
    {
      key: `${stack.key}#more`,
      diffId: '',
      createdBy: label,
      size: 0,
      sharedBy: 1,
      badge: '',
      spanned: false,
      x: stack.x,
      y: stack.y,
      width: stack.width,
      height: h,
    },
  ];
}
