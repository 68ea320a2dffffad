/**
 * Small pure geometry for the layout: anchors on a box's sides, overlap and
 * containment checks, walking a polyline, and cutting text to a width. Text width is
 * estimated from the font size (no DOM to measure with), generously enough that a
 * label never spills out of its box.
 */
import type { Point, Rect } from './layout-types.ts';

export const CHAR_WIDTH = 0.62;

export function inset(rect: Rect, dx: number, dy = dx): Rect {
  return {
    x: rect.x + dx,
    y: rect.y + dy,
    width: Math.max(0, rect.width - 2 * dx),
    height: Math.max(0, rect.height - 2 * dy),
  };
}

export function center(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** The middle of one side of a box, or a point along it (`at` from 0 to 1). */
export function anchor(rect: Rect, side: Side, at = 0.5): Point {
  switch (side) {
    case 'left':
      return { x: rect.x, y: rect.y + rect.height * at };
    case 'right':
      return { x: rect.x + rect.width, y: rect.y + rect.height * at };
    case 'top':
      return { x: rect.x + rect.width * at, y: rect.y };
    case 'bottom':
      return { x: rect.x + rect.width * at, y: rect.y + rect.height };
  }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Rect, inner: Rect, slack = 0.5): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** The point a fraction `t` (0–1) of the way along a polyline, by length. */
export function pointAlong(points: Point[], t: number): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  if (points.length === 1) return points[0];
  const lengths = points.slice(1).map((p, i) => distance(points[i], p));
  const total = lengths.reduce((a, b) => a + b, 0);
  let left = Math.min(1, Math.max(0, t)) * total;
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i] || i === lengths.length - 1) {
      const f = lengths[i] === 0 ? 0 : Math.min(1, left / lengths[i]);
      return {
        x: points[i].x + (points[i + 1].x - points[i].x) * f,
        y: points[i].y + (points[i + 1].y - points[i].y) * f,
      };
    }
    left -= lengths[i];
  }
  return points[points.length - 1];
}

/** Cut text with an ellipsis so it fits `width` at `fontSize`. */
export function fit(text: string, width: number, fontSize: number): string {
  const max = Math.floor(width / (fontSize * CHAR_WIDTH));
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  return `${text.slice(0, max - 1)}…`;
}

export const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

export const round = (value: number): number => Math.round(value * 10) / 10;

/** Break text into at most `maxLines` lines that fit `width`; the last one ends in … if cut. */
export function wrap(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const max = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= max || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => fit(l, width, fontSize));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fit(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, fontSize).replace(/[^…]$/, '…');
  if (!kept[maxLines - 1].endsWith('…')) kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, -1)}…`;
  return kept.map((l, i) => (i < maxLines - 1 ? fit(l, width, fontSize) : l));
}
