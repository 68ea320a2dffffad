/**
 * How the renderer moves things: with a d3 transition of the step's duration, or —
 * when the learner prefers reduced motion — by setting the end state at once. Every
 * renderer file goes through `place`, so reduced motion is honoured in one place.
 */
import { easeCubicInOut } from 'd3';
// d3's package declares no side effects, so bundlers drop d3-transition's patch of
// selection.transition/interrupt unless it is imported for its effect (d3 7 ships it).
import 'd3-transition';
import type { BaseType, Selection, ValueFn } from 'd3';
import type { TraceStep } from '../sim-types.ts';

export interface Focus {
  step?: TraceStep;
  stepMode: boolean;
  reducedMotion: boolean;
  durationMs: number;
}

export type AttrValue<E extends BaseType, D> = string | number | ValueFn<E, D, string | number>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sel<E extends BaseType, D> = Selection<E, D, any, any>;

export function moving(focus: Focus): boolean {
  return !focus.reducedMotion && focus.durationMs > 0;
}

/** Bring attributes (and styles) to their values: animated, or at once. */
export function place<E extends BaseType, D>(
  sel: Sel<E, D>,
  focus: Focus,
  attrs: Record<string, AttrValue<E, D>>,
  styles: Record<string, AttrValue<E, D>> = {},
): void {
  if (!moving(focus)) {
    for (const [name, value] of Object.entries(attrs)) {
      if (typeof value === 'function') sel.attr(name, value);
      else sel.attr(name, value);
    }
    for (const [name, value] of Object.entries(styles)) {
      if (typeof value === 'function') sel.style(name, value);
      else sel.style(name, value);
    }
    return;
  }
  const t = sel.transition('dy-place').duration(focus.durationMs).ease(easeCubicInOut);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') t.attr(name, value);
    else t.attr(name, value);
  }
  for (const [name, value] of Object.entries(styles)) {
    if (typeof value === 'function') t.style(name, value);
    else t.style(name, value);
  }
}

/** Fade out and remove (at once under reduced motion). */
export function leave<E extends BaseType, D>(sel: Sel<E, D>, focus: Focus): void {
  if (!moving(focus)) {
    sel.remove();
    return;
  }
  sel
    .transition('dy-place')
    .duration(focus.durationMs / 2)
    .style('opacity', 0)
    .remove();
}

export const translate = (x: number, y: number): string => `translate(${x},${y})`;
