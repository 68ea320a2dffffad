/**
 * The image being built: while a build's steps play, each committed step drops a
 * new layer onto a stack in the images area (the layout's build slot), and a step
 * answered from the build cache drops an outlined layer marked "cached". The layers
 * come from the steps seen so far for this build, so stepping back takes them off.
 */
import type { ArchitectureLayout, Rect } from './layout-types.ts';
import { leave, moving, place, type Focus } from './motion.ts';
import type { Group } from './render-frame.ts';
import { buildLayerKind, isLayerStep } from './step-target.ts';

interface BuildLayer {
  key: string;
  stepId: number;
  machineId: string;
  kind: 'base' | 'new' | 'cached';
}

interface PlacedLayer extends BuildLayer, Rect {
  label: string;
}

const seen = new WeakMap<SVGSVGElement, Map<number, BuildLayer>>();

export function buildLayers(svg: SVGSVGElement, layout: ArchitectureLayout, focus: Focus): PlacedLayer[] {
  const step = focus.step;
  const memory = seen.get(svg) ?? new Map<number, BuildLayer>();
  seen.set(svg, memory);
  if (step && isLayerStep(step))
    memory.set(step.id, {
      key: `build-${step.id}`,
      stepId: step.id,
      machineId: step.machineId,
      kind: buildLayerKind(step),
    });
  // Once the image is tagged it stands in the scene itself; the stand-in stack goes.
  if (!step || step.machine !== 'build' || /^(tagged|done|failed)$/.test(step.to)) return [];
  const layers = [...memory.values()]
    .filter((l) => l.machineId === step.machineId && l.stepId <= step.id)
    .sort((a, b) => a.stepId - b.stepId);
  const slot = layout.buildSlot;
  const h = Math.max(4, Math.min(14, (slot.height - 16) / Math.max(1, layers.length)));
  const baseline = slot.y + slot.height - 14;
  return layers.map((l, i) => ({
    ...l,
    label: { base: 'base image', new: 'new layer', cached: 'cached' }[l.kind],
    x: slot.x,
    y: baseline - (i + 1) * h,
    width: slot.width,
    height: h,
  }));
}

export function renderBuild(
  parent: Group,
  layout: ArchitectureLayout,
  layers: PlacedLayer[],
  focus: Focus,
): void {
  const slot = layers.length ? [layout.buildSlot] : [];
  const frame = parent
    .selectAll<SVGGElement, Rect>('g.dy-build-slot')
    .data(slot)
    .join((enter) => {
      const e = enter
        .append('g')
        .attr('class', 'dy-build-slot dy-tile')
        .attr('role', 'img')
        .attr('aria-label', 'Image being built');
      e.append('rect').attr('rx', 4);
      e.append('text').attr('text-anchor', 'middle').attr('font-size', 10).text('building…');
      return e;
    });
  frame
    .select('rect')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height - 14);
  frame
    .select('text')
    .attr('x', (d) => d.x + d.width / 2)
    .attr('y', (d) => d.y + d.height - 3);
  const g = parent
    .selectAll<SVGGElement, PlacedLayer>('g.dy-build-layer')
    .data(layers, (d) => d.key)
    .join(
      (enter) => {
        const e = enter
          .append('g')
          .attr('role', 'img')
          .style('opacity', moving(focus) ? 0 : 1);
        e.append('rect')
          .attr('x', (d) => d.x)
          .attr('width', (d) => d.width)
          .attr('y', (d) => (moving(focus) ? layout.buildSlot.y : d.y))
          .attr('height', (d) => d.height);
        e.append('text').attr('text-anchor', 'middle');
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  g.attr('class', (d) => `dy-build-layer dy-${d.kind}`).attr(
    'aria-label',
    (d) =>
      ({
        base: 'The base image to build on',
        new: 'New layer committed',
        cached: 'Layer reused from the build cache',
      })[d.kind],
  );
  place(g, focus, {}, { opacity: 1 });
  place(g.select('rect'), focus, {
    x: (d) => d.x,
    y: (d) => d.y,
    width: (d) => d.width,
    height: (d) => d.height,
  });
  g.select('text')
    .text((d) => (d.height >= 9 ? d.label : ''))
    .attr('x', (d) => d.x + d.width / 2)
    .attr('y', (d) => d.y + d.height / 2 + 3);
}
