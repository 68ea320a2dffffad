/**
 * The line under the Containers title that counts every container per state, glyph
 * in the state's colour then the number and the word ("▶ 20 running   ■ 10 exited"),
 * only the numbers when the box is narrow (the words stay in its aria-label).
 */
import type { ArchitectureLayout, StateCount } from './layout-types.ts';
import { place, type Focus } from './motion.ts';
import type { Group } from './render-frame.ts';
import { STATE_GLYPH, cssVar } from './theme.ts';

interface CountPart {
  c: StateCount;
  terse: boolean;
  first: boolean;
  glyph: boolean;
}

/** "▶ 20 running · ■ 10 exited …" under the Containers title: every container counted. */
export function renderCounts(parent: Group, layout: ArchitectureLayout, focus: Focus): void {
  const box = layout.boxes.find((b) => b.key === 'containers');
  const data =
    box && layout.stateCounts.length
      ? [{ x: box.x + 8, y: box.y + 34, width: box.width - 16, counts: layout.stateCounts }]
      : [];
  const text = parent
    .selectAll<SVGTextElement, (typeof data)[number]>('text.dy-counts')
    .data(data)
    .join('text')
    .attr('class', 'dy-counts')
    .attr('font-size', 11);
  place(text, focus, { x: (d) => d.x, y: (d) => d.y });
  const full = (d: (typeof data)[number]) =>
    d.counts.map((c) => `${STATE_GLYPH[c.state]} ${c.count} ${c.state}`).join('   ');
  const terse = (d: (typeof data)[number]) => full(d).length * 11 * 0.56 > d.width;
  text
    .selectAll<SVGTSpanElement, CountPart>('tspan')
    .data((d) =>
      d.counts.flatMap((c, i): CountPart[] =>
        [true, false].map((glyph) => ({ c, terse: terse(d), first: i === 0, glyph })),
      ),
    )
    .join('tspan')
    .style('fill', (d) => (d.glyph ? cssVar(d.c.state) : null))
    .text((d) =>
      d.glyph
        ? `${d.first ? '' : '   '}${STATE_GLYPH[d.c.state]} `
        : d.terse
          ? `${d.c.count}`
          : `${d.c.count} ${d.c.state}`,
    );
  text.attr('aria-label', (d) => d.counts.map((c) => `${c.count} ${c.state}`).join(', '));
}
