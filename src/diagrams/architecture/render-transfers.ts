/**
 * Layers in transfer: a small layer block with its short digest and a progress bar,
 * placed along the registry → daemon → images path as far as its progress says.
 * Each update glides to the new progress; a finished transfer fades out.
 */
import { fit, pointAlong } from './geometry.ts';
import type { TransferLane } from './layout-types.ts';
import { shortDigest } from './format.ts';
import { leave, moving, place, translate, type Focus } from './motion.ts';
import type { Group } from './render-frame.ts';

const TRACK = 44;
const label = (d: TransferLane) =>
  d.terse
    ? `${Math.round(d.progress * 100)}%`
    : `${d.direction === 'pull' ? '↓' : '↑'} ${shortDigest(d.digest).slice(0, 7)} ${Math.round(d.progress * 100)}%`;
const at = (d: TransferLane, progress: number) => {
  const p = pointAlong(d.points, progress);
  return translate(p.x - TRACK / 2, p.y - 8);
};

export function renderTransfers(parent: Group, lanes: TransferLane[], focus: Focus): void {
  const g = parent
    .selectAll<SVGGElement, TransferLane>('g.dy-transfer')
    .data(lanes, (d) => d.key)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'dy-transfer').attr('role', 'img');
        e.attr('transform', (d) => at(d, moving(focus) ? 0 : d.progress));
        e.append('rect').attr('class', 'dy-chunk').attr('width', TRACK).attr('height', 9).attr('rx', 2);
        e.append('rect').attr('class', 'dy-track').attr('y', 11).attr('width', TRACK).attr('height', 3);
        e.append('rect').attr('class', 'dy-bar').attr('y', 11).attr('height', 3).attr('width', 0);
        e.append('text').attr('x', -4).attr('text-anchor', 'end').attr('y', 9).attr('font-size', 10);
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  g.attr(
    'aria-label',
    (d) =>
      `Layer ${shortDigest(d.digest)} ${d.direction === 'pull' ? 'downloading from' : 'uploading to'} ${d.registry}: ${Math.round(d.progress * 100)}%`,
  );
  // Text only while on the way; a finished layer is a full bar waiting in its slot.
  g.select('text').text((d) => (d.progress < 1 ? fit(label(d), 90, 10) : ''));
  place(g, focus, { transform: (d) => at(d, d.progress) });
  place(g.select('rect.dy-bar'), focus, { width: (d) => TRACK * Math.min(1, Math.max(0, d.progress)) });
  // A finished layer is just its block: select (not selectAll) so each bar gets the new datum.
  for (const part of ['rect.dy-track', 'rect.dy-bar'])
    g.select(part).style('display', (d) => (d.progress >= 1 ? 'none' : null));
}
