/**
 * Draws container cards: a frame and stripe in the state's colour, the name, the
 * image, a pill with the state's glyph and word, and the published ports. A new card
 * grows out of its image's stack ("created from the image"); a card whose state
 * changes flashes once; the counts line says how many are in each state.
 */
import { describeContainer } from './describe.ts';
import { CHAR_WIDTH, fit } from './geometry.ts';
import type { ArchitectureLayout, ContainerCard, Point } from './layout-types.ts';
import { leave, moving, place, translate, type Focus, type Sel } from './motion.ts';
import type { Group } from './render-frame.ts';
import { renderCounts } from './render-counts.ts';
import { renderTile } from './render-tile.ts';
import { STATE_GLYPH, cssVar } from './theme.ts';

const pillText = (d: ContainerCard) => `${STATE_GLYPH[d.state]} ${d.state}`;
const pillWidth = (d: ContainerCard) => Math.ceil(pillText(d).length * 10 * CHAR_WIDTH + 10);

export function renderContainers(parent: Group, layout: ArchitectureLayout, focus: Focus): void {
  const origins = new Map<string, Point>(
    layout.images.map((s) => [s.key, { x: s.x + s.width / 2, y: s.y + s.height / 2 }]),
  );
  const images = layout.boxes.find((b) => b.key === 'images');
  const fallback = images ? { x: images.x + images.width / 2, y: images.y + 30 } : { x: 0, y: 0 };
  const cards = parent
    .selectAll<SVGGElement, ContainerCard>('g.dy-card')
    .data(layout.containers, (d) => d.key)
    .join(
      (enter) => {
        const e = enter
          .append('g')
          .attr('role', 'img')
          .style('opacity', moving(focus) ? 0 : 1);
        e.attr('transform', (d) => {
          const o = moving(focus) ? (origins.get(d.imageId) ?? fallback) : d;
          return `${translate(o.x, o.y)} scale(${moving(focus) ? 0.2 : 1})`;
        });
        e.append('title');
        e.append('rect').attr('class', 'dy-card-frame').attr('rx', 6);
        e.append('rect').attr('class', 'dy-stripe').attr('width', 5).attr('rx', 2);
        e.append('text')
          .attr('class', 'dy-name')
          .attr('x', 11)
          .attr('font-weight', 700)
          .attr('font-size', 12);
        e.append('text')
          .attr('class', 'dy-image-name dy-muted')
          .attr('x', 11)
          .attr('y', 30)
          .attr('font-size', 11);
        const pill = e.append('g').attr('class', 'dy-pill');
        pill.append('rect').attr('rx', 7).attr('height', 15);
        pill.append('text').attr('x', 5).attr('y', 11);
        e.append('text').attr('class', 'dy-ports').attr('font-size', 10);
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  flashChanged(cards, focus);
  cards
    .attr('class', (d) => `dy-card dy-state-${d.state}`)
    .attr('data-state', (d) => d.state)
    .attr('aria-label', describeContainer);
  cards.select('title').text(describeContainer);
  place(cards, focus, { transform: (d) => `${translate(d.x, d.y)} scale(1)` }, { opacity: 1 });
  cards
    .select('rect.dy-card-frame')
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .style('stroke', (d) => cssVar(d.state));
  cards
    .select('rect.dy-stripe')
    .attr('height', (d) => d.height)
    .style('fill', (d) => cssVar(d.state));
  cards
    .select('text.dy-name')
    .attr('y', (d) => (d.compact ? 14 : 16))
    .attr('font-size', (d) => (d.compact ? 11 : 12))
    .text((d) => fit(d.name, d.width - 16, d.compact ? 11 : 12));
  cards.select('text.dy-image-name').text((d) => (d.compact ? '' : fit(d.image, d.width - 16, 11)));
  const pill = cards
    .select('g.dy-pill')
    .attr('transform', (d) => (d.compact ? translate(10, 17) : translate(10, 37)));
  pill
    .select('rect')
    .attr('width', pillWidth)
    .style('fill', (d) => cssVar(d.state));
  pill.select('text').text(pillText);
  cards
    .select('text.dy-ports')
    .attr('x', (d) => 16 + pillWidth(d))
    .attr('y', 48)
    .text((d) =>
      d.compact || !d.ports.length
        ? ''
        : fit(d.ports.map((p) => p.replace(/^0\.0\.0\.0:/, ':')).join(' '), d.width - pillWidth(d) - 20, 10),
    );
  renderCounts(parent, layout, focus);
  renderTile(parent, layout.containersOverflow, 'dy-containers-more', 'more containers', focus);
}

/** A ring that grows and fades around a card whose state just changed. */
function flashChanged(cards: Sel<SVGGElement, ContainerCard>, focus: Focus): void {
  if (!moving(focus)) return;
  cards
    .filter(function (d) {
      const before = this.getAttribute('data-state');
      return !!before && before !== d.state;
    })
    .append('rect')
    .attr('class', 'dy-flash')
    .attr('rx', 8)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .transition()
    .duration(focus.durationMs)
    .attr('x', -8)
    .attr('y', -8)
    .attr('width', (d) => d.width + 16)
    .attr('height', (d) => d.height + 16)
    .style('opacity', 0)
    .remove();
}
