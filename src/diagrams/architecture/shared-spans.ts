/**
 * Finds where a layer can be drawn once for several images: in a row of stacks, runs
 * of neighbours with the same layer at the same height. Marks those bands as spanned
 * (the renderer then draws the span instead of each band).
 */
import { round } from './geometry.ts';
import type { ImageStack, SharedSpan } from './layout-types.ts';

export /** Runs of adjacent stacks (same row) with the same layer at the same height. */
function spans(stacks: ImageStack[], cols: number): SharedSpan[] {
  const result: SharedSpan[] = [];
  for (let start = 0; start < stacks.length; start += cols) {
    const row = stacks.slice(start, start + cols);
    const depth = Math.max(0, ...row.map((s) => s.bands.length));
    for (let level = 0; level < depth; level++) {
      let i = 0;
      while (i < row.length) {
        const band = row[i].bands[level];
        let j = i + 1;
        while (band && j < row.length && row[j].bands[level]?.diffId === band.diffId) j++;
        if (band && j - i > 1) {
          const members = row.slice(i, j);
          for (const m of members) m.bands[level].spanned = true;
          const last = members[members.length - 1];
          result.push({
            key: `span:${band.diffId}:${members[0].key}`,
            diffId: band.diffId,
            createdBy: band.createdBy,
            badge: band.badge,
            imageKeys: members.map((m) => m.key),
            x: band.x,
            y: band.y,
            width: round(last.x + last.width - band.x),
            height: band.height,
          });
        }
        i = j;
      }
    }
  }
  return result;
}
