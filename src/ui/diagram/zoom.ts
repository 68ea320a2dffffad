/**
 * How much the diagram is magnified in projector mode. The diagram is laid out for the
 * panel's size divided by the zoom and drawn scaled up, so every label grows with the
 * boxes. The zoom stops where the laid-out size would drop below what the diagram needs
 * for its wide layout (client and registry beside the docker host), or below the height
 * that keeps the containers and images readable; outside projector mode it is 1.
 */
import { NARROW_BELOW } from '../../diagrams/index.ts';

/** The most a projector ever magnifies the diagram. */
export const MAX_ZOOM = 1.3;
/** The laid-out width the zoom keeps: enough over the wide layout's 640 px minimum that three image stacks still fit beside a container card. */
export const WIDE_ROOM = 700;
/** Below this laid-out height the wide layout's regions get too short to show cards. */
export const MIN_WIDE_HEIGHT = 360;

export function projectorZoom(size: { width: number; height: number }, projector: boolean): number {
  if (!projector || size.width === 0 || size.height === 0) return 1;
  // A phone-sized panel keeps its narrow layout and simply zooms by the width it has.
  const byWidth = size.width < NARROW_BELOW ? size.width / 330 : size.width / WIDE_ROOM;
  const byHeight = size.height / (size.width < NARROW_BELOW ? 560 : MIN_WIDE_HEIGHT);
  const zoom = Math.min(MAX_ZOOM, byWidth, byHeight);
  return zoom <= 1 ? 1 : Math.floor(zoom * 100) / 100;
}
