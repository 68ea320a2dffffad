/**
 * Which boxes and edge a trace step is about. A step names components ('registry'),
 * the diagram has boxes (Docker Hub, localhost:5000 …): the registry is the one whose
 * host the step mentions (API path, machine id or sentence), else Docker Hub. Also
 * decides whether a build step stacks a layer, and whether it was a cache hit.
 */
import { HUB_KEY } from './layout.ts';
import type { ArchitectureLayout } from './layout-types.ts';
import type { Component, TraceStep } from '../sim-types.ts';

export function boxKeyFor(layout: ArchitectureLayout, component: Component, step?: TraceStep): string {
  if (component !== 'registry') return component;
  const text = step ? `${step.api?.path ?? ''} ${step.machineId} ${step.sentence}` : '';
  const named = layout.boxes.find(
    (b) => b.component === 'registry' && b.key !== HUB_KEY && text.includes(b.key.slice('registry:'.length)),
  );
  return named?.key ?? HUB_KEY;
}

export function stepTargets(
  layout: ArchitectureLayout,
  step?: TraceStep,
): { boxKey?: string; edgeKey?: string; from?: string; to?: string } {
  if (!step) return {};
  const boxKey = boxKeyFor(layout, step.component, step);
  if (!step.edge) return { boxKey };
  const from = boxKeyFor(layout, step.edge.from, step);
  const to = boxKeyFor(layout, step.edge.to, step);
  const edge = layout.edges.find((e) => (e.from === from && e.to === to) || (e.from === to && e.to === from));
  return { boxKey, edgeKey: edge?.key, from, to };
}

/** A build step that adds a layer to the image being built: the step's commit. */
export function isLayerStep(step: TraceStep): boolean {
  return step.machine === 'build' && /^commit/i.test(step.to);
}

/** A build step answered from the build cache (the trace says so, or its state does). */
export function isCacheHit(step: TraceStep): boolean {
  return (
    step.machine === 'build' &&
    (step.cached === true || /^cached?$/i.test(step.from) || /cache.?hit/i.test(step.to))
  );
}

/** What a committed build step puts on the stack: the base image, a new layer, or a cached one. */
export function buildLayerKind(step: TraceStep): 'base' | 'new' | 'cached' {
  if (isCacheHit(step)) return 'cached';
  return /base image/i.test(step.sentence) ? 'base' : 'new';
}
