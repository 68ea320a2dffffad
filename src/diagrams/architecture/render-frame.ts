/**
 * The still part of the diagram: the SVG's own structure (style sheet, <title>,
 * <desc>, one group per concern in drawing order), the docker host frame, the boxes
 * of Docker's parts and the arrows between them. Boxes and arrows are keyed joins, so
 * a registry that appears slides the others instead of redrawing everything.
 */
import { select } from 'd3';
import type { Selection } from 'd3';
import type { ArchitectureLayout, ComponentBox } from './layout-types.ts';
import { leave, place, translate, type Focus } from './motion.ts';
import { renderEdges } from './render-edges.ts';
import { styleSheet } from './theme.ts';

export type Root = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;

const LAYERS = ['host', 'edges', 'boxes', 'images', 'containers', 'chips', 'motion', 'caption'] as const;
export type LayerName = (typeof LAYERS)[number];

let svgCount = 0;

/** Set up the SVG once (idempotent) and return its groups by concern. */
export function ensureStructure(svg: SVGSVGElement): {
  root: Root;
  id: string;
  layers: Record<LayerName, Group>;
} {
  const root = select(svg);
  if (!svg.dataset.dyId) svg.dataset.dyId = `dy-arch-${++svgCount}`;
  const id = svg.dataset.dyId;
  if (root.select(':scope > style.dy-style').empty()) {
    root
      .classed('dy-arch', true)
      .attr('role', 'graphics-document document')
      .attr('aria-roledescription', 'architecture diagram');
    root.append('style').attr('class', 'dy-style').text(styleSheet());
    root.append('title').attr('id', `${id}-title`).text('Docker architecture');
    root.append('desc').attr('id', `${id}-desc`);
    const defs = root.append('defs');
    defs
      .append('marker')
      .attr('id', `${id}-arrow`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('orient', 'auto-start-reverse')
      .append('path')
      .attr('class', 'dy-arrow')
      .attr('d', 'M0,0L10,5L0,10z');
    root.append('rect').attr('class', 'dy-bg').attr('aria-hidden', 'true');
    for (const name of LAYERS) root.append('g').attr('class', `dy-layer dy-layer-${name}`);
    root.attr('aria-labelledby', `${id}-title`).attr('aria-describedby', `${id}-desc`);
  }
  const layers = Object.fromEntries(
    LAYERS.map((name) => [name, root.select<SVGGElement>(`:scope > g.dy-layer-${name}`)]),
  ) as Record<LayerName, Group>;
  return { root, id, layers };
}

export function renderFrame(
  svg: SVGSVGElement,
  layout: ArchitectureLayout,
  focus: Focus,
  active: { boxKey?: string; edgeKey?: string; busy?: string[] },
): Record<LayerName, Group> {
  const { root, id, layers } = ensureStructure(svg);
  root
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .classed('dy-step-mode', focus.stepMode && !!focus.step);
  root.select(`desc`).text(layout.description);
  root.select('rect.dy-bg').attr('width', layout.width).attr('height', layout.height);
  const host = layers.host
    .selectAll<SVGGElement, typeof layout.host>('g.dy-host')
    .data([layout.host])
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'dy-host')
        .attr('role', 'group')
        .attr('aria-label', (d) => d.title);
      g.append('rect').attr('rx', 12);
      g.append('text').attr('class', 'dy-muted').attr('font-size', 12).attr('font-weight', 700);
      return g;
    });
  place(host.select('rect'), focus, {
    x: (d) => d.x,
    y: (d) => d.y,
    width: (d) => d.width,
    height: (d) => d.height,
  });
  place(host.select('text'), focus, { x: (d) => d.x + 12, y: (d) => d.y + 16 });
  host.select('text').text((d) => d.title);
  renderBoxes(layers.boxes, layout.boxes, focus, active.boxKey);
  renderEdges(layers.edges, layout.edges, focus, id, active.edgeKey, active.busy ?? []);
  return layers;
}

function renderBoxes(parent: Group, boxes: ComponentBox[], focus: Focus, activeKey?: string): void {
  const region = (d: ComponentBox) => ['images', 'containers', 'networks', 'volumes'].includes(d.component);
  const g = parent
    .selectAll<SVGGElement, ComponentBox>('g.dy-box')
    .data(boxes, (d) => d.key)
    .join(
      (enter) => {
        const e = enter
          .append('g')
          .attr('role', 'group')
          .attr('transform', (d) => translate(d.x, d.y));
        e.append('title');
        e.append('rect').attr('class', 'dy-frame').attr('rx', 8);
        e.append('text')
          .attr('class', 'dy-title')
          .attr('x', 8)
          .attr('font-weight', 700)
          .attr('font-size', 13);
        e.append('text').attr('class', 'dy-subtitle dy-muted').attr('x', 8).attr('font-size', 11);
        e.append('g').attr('class', 'dy-lines');
        return e;
      },
      (update) => update,
      (exit) => leave(exit, focus),
    );
  g.attr(
    'class',
    (d) =>
      `dy-box dy-${d.component}${region(d) ? ' dy-region' : ''}${d.key === activeKey ? ' dy-active' : ''}`,
  )
    .attr('aria-label', (d) =>
      [d.title, d.subtitle, d.key === activeKey ? '(active)' : ''].filter(Boolean).join(' '),
    )
    .attr('aria-current', (d) => (d.key === activeKey ? 'step' : null));
  g.select('title').text((d) => [d.title, d.subtitle].filter(Boolean).join(' — '));
  place(g, focus, { transform: (d) => translate(d.x, d.y) });
  place(g.select('rect.dy-frame'), focus, { width: (d) => d.width, height: (d) => d.height });
  const centred = (d: ComponentBox) => d.component === 'daemon';
  g.select('text.dy-title')
    .attr('y', (d) => (region(d) ? 15 : d.height < 50 ? 17 : 20))
    .attr('x', (d) => (centred(d) ? d.width / 2 : 8))
    .attr('text-anchor', (d) => (centred(d) ? 'middle' : 'start'))
    .text((d) => d.title);
  g.select('text.dy-subtitle')
    .attr('y', (d) => (d.height < 50 ? 31 : 35))
    .attr('x', (d) => (centred(d) ? d.width / 2 : 8))
    .attr('text-anchor', (d) => (centred(d) ? 'middle' : 'start'))
    .text((d) => d.subtitle);
  // In a region the lines say what will appear there (it is empty): muted, as a hint.
  g.select('g.dy-lines')
    .selectAll('text')
    .data((d) => d.lines.map((text) => ({ text, hint: region(d) })))
    .join('text')
    .attr('class', (d) => (d.hint ? 'dy-muted' : null))
    .attr('x', 8)
    .attr('y', (_, i) => 38 + 11 + i * 15)
    .attr('font-size', 11)
    .text((d) => d.text);
}
