/**
 * Draws the architecture diagram for one position of the player: the scene at that step
 * (src/sim/scene), laid out for the panel's size and rendered into the <svg> by
 * src/diagrams. Until the renderer lands, the svg says so instead of showing nothing.
 */
import type { HostSession } from '../../sim/host/session.ts';
import type { TraceStep } from '../../sim/trace/types.ts';

export interface DiagramInput {
  session: HostSession;
  steps: TraceStep[];
  position: number;
  size: { width: number; height: number };
  stepMode: boolean;
  reducedMotion: boolean;
  durationMs: number;
}

export function drawDiagram(svg: SVGSVGElement, input: DiagramInput): void {
  let note = svg.querySelector<SVGTextElement>('text.pending');
  if (!note) {
    note = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    note.classList.add('pending');
    note.setAttribute('text-anchor', 'middle');
    note.setAttribute('fill', 'currentColor');
    note.textContent = 'The animated diagram is not part of this build yet.';
    svg.append(note);
  }
  note.setAttribute('x', String(input.size.width / 2));
  note.setAttribute('y', String(input.size.height / 2));
}
