/**
 * Images as stacks of their layers, base layer at the bottom. Stacks are ordered by
 * their layer lists, so images built on the same base stand side by side and a layer
 * they share lines up at the same height: it is then drawn once, as one band spanning
 * those stacks (a SharedSpan). Every shared layer also carries a badge (S1, S2 …) that
 * is the same wherever it appears. When the region is crowded, stacks get thinner and
 * shorter, then the rest goes into a "+N more" tile.
 */
import { CHAR_WIDTH, clamp, fit, round } from './geometry.ts';
import type { ImageStack, LayerBand, OverflowTile, Rect, SharedSpan } from './layout-types.ts';
import { spans } from './shared-spans.ts';
import type { SceneImage } from '../sim-types.ts';

export interface ImagesLayout {
  images: ImageStack[];
  sharedSpans: SharedSpan[];
  overflow: OverflowTile | null;
  buildSlot: Rect;
}

const GAP = 8;
const MIN_W = 40;
const MAX_W = 92;
const GOOD_W = 64;
const LABEL_H = 14;
const MIN_ROW_H = 64;
const LABEL_FONT = 10;
const MAX_BAND = 18;

/** "+20 more", or just "+20" on a tile too thin for the words. */
function moreLabel(count: number, width: number): string {
  const long = `+${count} more`;
  return long.length * 12 * CHAR_WIDTH <= width - 4 ? long : `+${count}`;
}

export function imageLabel(image: SceneImage): string {
  return image.tags[0] ?? `<none> ${image.id.replace(/^sha256:/, '').slice(0, 12)}`;
}

function byLayers(a: SceneImage, b: SceneImage): number {
  const n = Math.min(a.layers.length, b.layers.length);
  for (let i = 0; i < n; i++)
    if (a.layers[i].diffId !== b.layers[i].diffId) return a.layers[i].diffId < b.layers[i].diffId ? -1 : 1;
  if (a.layers.length !== b.layers.length) return a.layers.length - b.layers.length;
  return imageLabel(a) < imageLabel(b) ? -1 : imageLabel(a) > imageLabel(b) ? 1 : 0;
}

/** Layers held by more than one image, with their badge, in drawing order. */
export function sharedLayers(images: SceneImage[]): Map<string, { badge: string; count: number }> {
  const counts = new Map<string, number>();
  for (const image of images)
    for (const diffId of new Set(image.layers.map((l) => l.diffId)))
      counts.set(diffId, (counts.get(diffId) ?? 0) + 1);
  const shared = new Map<string, { badge: string; count: number }>();
  for (const image of [...images].sort(byLayers))
    for (const layer of image.layers) {
      const count = counts.get(layer.diffId) ?? 0;
      if (count > 1 && !shared.has(layer.diffId))
        shared.set(layer.diffId, { badge: `S${shared.size + 1}`, count });
    }
  return shared;
}

/** The fewest rows that give stacks a good width, else the grid that gives them the most. */
function grid(slots: number, area: Rect) {
  const maxRows = Math.max(1, Math.floor((area.height + GAP) / (MIN_ROW_H + GAP)));
  let best: { rows: number; cols: number; w: number; capacity: number } | null = null;
  for (let rows = 1; rows <= maxRows; rows++) {
    const cols = Math.ceil(slots / rows);
    const w = Math.min(MAX_W, (area.width - (cols - 1) * GAP) / cols);
    if (w >= GOOD_W) return { rows, cols, w, capacity: rows * cols };
    if (w >= MIN_W && (!best || w > best.w + 0.5)) best = { rows, cols, w, capacity: rows * cols };
  }
  if (best) return best;
  const cols = Math.max(1, Math.floor((area.width + GAP) / (MIN_W + GAP)));
  return { rows: maxRows, cols, w: (area.width - (cols - 1) * GAP) / cols, capacity: maxRows * cols };
}

export function layoutImages(scene: SceneImage[], area: Rect): ImagesLayout {
  const sorted = [...scene].sort(byLayers);
  const shared = sharedLayers(scene);
  const g = grid(sorted.length + 1, area);
  const overflowing = sorted.length + 1 > g.capacity;
  const shown = overflowing ? sorted.slice(0, Math.max(0, g.capacity - 2)) : sorted;
  const deepest = Math.max(1, ...shown.map((image) => image.layers.length));
  // Rows are only as tall as the deepest stack needs, so stacks stay near the top.
  const rowH = Math.min(
    (area.height - (g.rows - 1) * GAP) / g.rows,
    Math.max(deepest, 6) * MAX_BAND + LABEL_H + 4,
  );
  const slot = (i: number): Rect => ({
    x: round(area.x + (i % g.cols) * (g.w + GAP)),
    y: round(area.y + Math.floor(i / g.cols) * (rowH + GAP)),
    width: round(g.w),
    height: round(rowH),
  });
  const bandH = clamp(Math.floor((rowH - LABEL_H - 4) / deepest), 4, MAX_BAND);
  const fitting = Math.max(1, Math.floor((rowH - LABEL_H - 4) / bandH));
  const images = shown.map((image, i): ImageStack => {
    const s = slot(i);
    const baseline = s.y + s.height - LABEL_H;
    const drawn = image.layers.slice(0, image.layers.length > fitting ? fitting - 1 : fitting);
    const bands = drawn.map((layer, index): LayerBand => {
      const info = shared.get(layer.diffId);
      return {
        key: `${image.id}#${index}`,
        diffId: layer.diffId,
        createdBy: layer.createdBy,
        size: layer.size,
        sharedBy: info?.count ?? 1,
        badge: info?.badge ?? '',
        spanned: false,
        x: s.x,
        y: round(baseline - (index + 1) * bandH),
        width: s.width,
        height: bandH,
      };
    });
    const hiddenLayers = image.layers.length - drawn.length;
    const top = baseline - (drawn.length + (hiddenLayers > 0 ? 1 : 0)) * bandH;
    const label = fit(imageLabel(image), s.width, LABEL_FONT);
    return {
      key: image.id,
      label,
      tags: image.tags,
      size: image.size,
      bands,
      hiddenLayers,
      x: s.x,
      y: round(top),
      width: s.width,
      height: round(baseline - top),
    };
  });
  const sharedSpans = spans(images, g.cols);
  const overflow: OverflowTile | null = overflowing
    ? {
        key: 'images-more',
        count: sorted.length - shown.length,
        label: moreLabel(sorted.length - shown.length, g.w),
        ...slot(shown.length),
      }
    : null;
  return { images, sharedSpans, overflow, buildSlot: slot(shown.length + (overflowing ? 1 : 0)) };
}
