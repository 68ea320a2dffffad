/**
 * renderArchitecture: draws a layout into an SVG with d3 keyed joins, so calling it
 * again with the next scene moves, adds and removes only what changed. The focus says
 * which trace step is being shown (its packet, its highlighted component, its
 * sentence), whether step mode is on, how long the step's animation lasts, and whether
 * the learner prefers reduced motion (then every change lands at once).
 */
import type { ArchitectureLayout } from './layout-types.ts';
import type { Focus, Sel } from './motion.ts';
import { buildLayers, renderBuild } from './render-build.ts';
import { renderCaption } from './render-caption.ts';
import { renderChips } from './render-chips.ts';
import { renderContainers } from './render-containers.ts';
import { renderFrame, type Group } from './render-frame.ts';
import { renderImages } from './render-images.ts';
import { packetFor, renderPacket } from './render-packet.ts';
import { renderTransfers } from './render-transfers.ts';
import { stepTargets } from './step-target.ts';

export type { Focus } from './motion.ts';

/** A child group of `parent` with class `name`, created on first use (fixes stacking order). */
function sub(parent: Group, name: string): Group {
  const found = parent.select<SVGGElement>(`:scope > g.${name}`);
  return (found.empty() ? parent.append('g').attr('class', name) : found) as Sel<
    SVGGElement,
    unknown
  > as Group;
}

export function renderArchitecture(svg: SVGSVGElement, layout: ArchitectureLayout, focus: Focus): void {
  const targets = focus.stepMode || focus.step ? stepTargets(layout, focus.step) : {};
  // Layers in transfer travel along these edges; their labels make room.
  const busy = layout.transfers.length
    ? [
        'daemon->images',
        ...layout.edges.filter((e) => e.from === 'daemon' && e.to.startsWith('registry:')).map((e) => e.key),
      ]
    : [];
  const layers = renderFrame(svg, layout, focus, {
    boxKey: focus.stepMode ? targets.boxKey : undefined,
    edgeKey: targets.edgeKey,
    busy,
  });
  renderImages(layers.images, layout.images, layout.sharedSpans, layout.imagesOverflow, focus);
  renderContainers(layers.containers, layout, focus);
  renderChips(layers.chips, layout.chips, focus);
  const transfers = sub(layers.motion, 'dy-transfers');
  const build = sub(layers.motion, 'dy-build');
  const packets = sub(layers.motion, 'dy-packets');
  renderTransfers(transfers, layout.transfers, focus);
  renderBuild(build, layout, buildLayers(svg, layout, focus), focus);
  renderPacket(packets, packetFor(layout, focus, targets.from, targets.to), focus, layout);
  renderCaption(layers.caption, layout, focus);
}
