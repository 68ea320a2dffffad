/**
 * Draws the architecture diagram for one position of the player: the scene at that step
 * (from the trace recorder), laid out for the panel's size and rendered into the <svg>
 * by src/diagrams, which animates only what changed since the last call.
 */
import { layoutArchitecture, renderArchitecture } from '../../diagrams/index.ts';
import type { SceneState } from '../../sim/scene/types.ts';
import type { TraceStep } from '../../sim/trace/types.ts';

export interface DiagramInput {
  scene: SceneState;
  step: TraceStep | undefined;
  size: { width: number; height: number };
  stepMode: boolean;
  reducedMotion: boolean;
  durationMs: number;
}

export function drawDiagram(svg: SVGSVGElement, input: DiagramInput): void {
  const layout = layoutArchitecture(input.scene, input.size);
  renderArchitecture(svg, layout, {
    step: input.step,
    stepMode: input.stepMode,
    reducedMotion: input.reducedMotion,
    durationMs: input.durationMs,
  });
}
