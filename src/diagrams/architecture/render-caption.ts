/**
 * The sentence of the current step, written under the diagram: "The daemon does not
 * have hello-world:latest, so it asks the registry for the manifest." In step mode the
 * caption is framed in the accent colour next to the highlighted component. It is not a
 * live region: the page that hosts the diagram announces each step once, in its own
 * aria-live region (`stepAnnouncement`), so screen readers never hear a sentence twice.
 */
import { wrap } from './geometry.ts';
import type { ArchitectureLayout, Rect } from './layout-types.ts';
import { apiLabel } from './format.ts';
import type { Focus } from './motion.ts';
import type { Group } from './render-frame.ts';
import type { TraceStep } from '../sim-types.ts';

const IDLE = 'Run a docker command: each step it takes is shown here.';

/** What to announce for a step (the UI can put it in its own aria-live region too). */
export function stepAnnouncement(step: TraceStep): string {
  return step.api ? `${step.sentence} (${apiLabel(step.api)})` : step.sentence;
}

export function renderCaption(parent: Group, layout: ArchitectureLayout, focus: Focus): void {
  const box: Rect = layout.caption;
  const text = focus.step ? focus.step.sentence : IDLE;
  const lines = wrap(text, box.width - 16, 13, box.height >= 40 ? 2 : 1);
  const g = parent
    .selectAll<SVGGElement, Rect>('g.dy-caption')
    .data([box])
    .join((enter) => {
      const e = enter
        .append('g')
        .attr('class', 'dy-caption')
        .attr('role', 'note');
      e.append('rect').attr('rx', 6).attr('aria-hidden', 'true');
      e.append('text');
      return e;
    });
  g.select('rect').attr('x', box.x).attr('y', box.y).attr('width', box.width).attr('height', box.height);
  const lineH = 16;
  const top = box.y + box.height / 2 - (lines.length * lineH) / 2 + 12;
  g.select('text')
    .attr('font-weight', focus.stepMode && focus.step ? 700 : 400)
    .attr('class', focus.step ? '' : 'dy-muted')
    .attr('aria-label', focus.step ? stepAnnouncement(focus.step) : IDLE)
    .selectAll('tspan')
    .data(lines)
    .join('tspan')
    .attr('x', box.x + 8)
    .attr('y', (_, i) => top + i * lineH)
    .text((d) => d);
}
