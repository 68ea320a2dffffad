/**
 * Containers as cards in a grid: name, image, state and published ports on a full
 * card; name and state on a compact one when there are many. When even compact cards
 * do not fit, the last cell becomes a "+N more" tile, and the per-state counts (which
 * always cover every container) tell the learner what is hidden. Cards keep the
 * scene's order so a new container appears at the end without shuffling the others.
 */
import { round } from './geometry.ts';
import type { ContainerCard, OverflowTile, Rect, StateCount } from './layout-types.ts';
import type { ContainerState, SceneContainer } from '../sim-types.ts';

export interface ContainersLayout {
  containers: ContainerCard[];
  overflow: OverflowTile | null;
  stateCounts: StateCount[];
}

export const STATE_ORDER: ContainerState[] = [
  'running',
  'restarting',
  'paused',
  'created',
  'removing',
  'exited',
  'dead',
];

const GAP = 6;
const FULL = { minW: 132, maxW: 210, h: 58 };
const COMPACT = { minW: 96, maxW: 150, h: 34 };

export function countStates(containers: SceneContainer[]): StateCount[] {
  return STATE_ORDER.map((state) => ({
    state,
    count: containers.filter((c) => c.state === state).length,
  })).filter((s) => s.count > 0);
}

function gridFor(area: Rect, size: { minW: number; maxW: number; h: number }) {
  const cols = Math.max(1, Math.floor((area.width + GAP) / (size.minW + GAP)));
  const rows = Math.max(0, Math.floor((area.height + GAP) / (size.h + GAP)));
  const width = Math.min(size.maxW, (area.width - (cols - 1) * GAP) / cols);
  return { cols, rows, width, height: size.h, capacity: cols * rows };
}

export function layoutContainers(scene: SceneContainer[], area: Rect): ContainersLayout {
  const full = gridFor(area, FULL);
  const compact = scene.length > full.capacity;
  const g = compact ? gridFor(area, COMPACT) : full;
  const overflowing = scene.length > g.capacity;
  const shown = overflowing ? scene.slice(0, Math.max(0, g.capacity - 1)) : scene;
  const cell = (i: number): Rect => ({
    x: round(area.x + (i % g.cols) * (g.width + GAP)),
    y: round(area.y + Math.floor(i / g.cols) * (g.height + GAP)),
    width: round(g.width),
    height: g.height,
  });
  const containers = shown.map((c, i): ContainerCard => ({
    key: c.id,
    name: c.name,
    image: c.image,
    imageId: c.imageId,
    state: c.state,
    status: c.status,
    ports: c.ports,
    compact,
    ...cell(i),
  }));
  const hidden = scene.length - shown.length;
  const overflow: OverflowTile | null =
    overflowing && g.capacity > 0
      ? { key: 'containers-more', count: hidden, label: `+${hidden} more`, ...cell(shown.length) }
      : null;
  return { containers, overflow, stateCounts: countStates(scene) };
}
