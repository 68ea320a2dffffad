/**
 * The diagram's colours and type, all from CSS custom properties so the app's themes
 * (light, dark, projector) restyle it by setting `--dy-*` on any ancestor. Each
 * property has a default here, so the diagram is readable with no theme at all.
 * Container states get a colour AND a glyph AND a word, never colour alone.
 */
import type { ContainerState } from '../sim-types.ts';

export const TOKENS = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#59636e',
  surface: '#f6f8fa',
  border: '#8c959f',
  accent: '#0969da',
  host: '#eef4fb',
  layer: '#d0d7de',
  'layer-shared': '#8250df',
  'layer-new': '#1a7f37',
  packet: '#0969da',
  'on-state': '#ffffff',
  running: '#1a7f37',
  exited: '#59636e',
  paused: '#9a6700',
  created: '#0969da',
  restarting: '#bc4c00',
  removing: '#8c959f',
  dead: '#cf222e',
  font: 'system-ui, "DejaVu Sans", sans-serif',
} as const;

export type Token = keyof typeof TOKENS;

/** `var(--dy-running, #1a7f37)`: the property the app sets, with our default. */
export function cssVar(token: Token): string {
  return `var(--dy-${token}, ${TOKENS[token]})`;
}

export const STATE_GLYPH: Record<ContainerState, string> = {
  running: '▶',
  restarting: '↻',
  paused: '‖',
  created: '○',
  removing: '✕',
  exited: '■',
  dead: '✕',
};

/** The style sheet put inside the SVG; class names are prefixed `dy-` to stay local. */
export function styleSheet(): string {
  const v = cssVar;
  return `
.dy-arch { font-family: ${v('font')}; color: ${v('fg')}; }
.dy-arch text { fill: ${v('fg')}; }
.dy-arch .dy-bg { fill: ${v('bg')}; }
.dy-arch .dy-muted { fill: ${v('muted')}; }
.dy-arch .dy-host > rect { fill: ${v('host')}; stroke: ${v('border')}; stroke-dasharray: 6 4; }
.dy-arch .dy-box > rect.dy-frame { fill: ${v('surface')}; stroke: ${v('border')}; stroke-width: 1.5; }
.dy-arch .dy-box.dy-region > rect.dy-frame { fill: ${v('bg')}; }
.dy-arch .dy-box.dy-active > rect.dy-frame { stroke: ${v('accent')}; stroke-width: 4; }
.dy-arch.dy-step-mode .dy-box:not(.dy-active) { opacity: 0.72; }
.dy-arch .dy-edge path { fill: none; stroke: ${v('border')}; stroke-width: 1.5; }
.dy-arch .dy-edge.dy-active path { stroke: ${v('accent')}; stroke-width: 3; }
.dy-arch .dy-edge.dy-active text, .dy-arch .dy-edge.dy-busy text { visibility: hidden; }
.dy-arch .dy-edge text { fill: ${v('muted')}; font-size: 11px; }
.dy-arch .dy-arrow { fill: ${v('border')}; }
.dy-arch .dy-band { fill: ${v('layer')}; stroke: ${v('bg')}; stroke-width: 1; }
.dy-arch .dy-band.dy-shared, .dy-arch .dy-span { fill: ${v('layer-shared')}; stroke: ${v('bg')}; stroke-width: 1; }
.dy-arch .dy-band-label, .dy-arch .dy-badge.dy-cap { fill: ${v('fg')}; font-weight: 400; }
.dy-arch .dy-shared-group .dy-band-label { fill: ${v('on-state')}; }
.dy-arch .dy-span-badge, .dy-arch .dy-badge { fill: ${v('on-state')}; font-size: 9px; font-weight: 700; }
.dy-arch .dy-tile > rect { fill: ${v('surface')}; stroke: ${v('border')}; stroke-dasharray: 4 3; }
.dy-arch .dy-card > rect.dy-card-frame { fill: ${v('surface')}; stroke-width: 2; }
.dy-arch .dy-card.dy-state-created > rect.dy-card-frame { stroke-dasharray: 5 3; }
.dy-arch .dy-card.dy-state-exited, .dy-arch .dy-card.dy-state-dead { opacity: 0.8; }
.dy-arch .dy-card .dy-pill text { fill: ${v('on-state')}; font-weight: 700; font-size: 10px; }
.dy-arch .dy-chip > rect { fill: ${v('surface')}; stroke: ${v('border')}; }
.dy-arch .dy-packet rect, .dy-arch .dy-packet circle { fill: ${v('packet')}; }
.dy-arch .dy-packet circle { stroke: ${v('bg')}; stroke-width: 2; }
.dy-arch .dy-packet text { fill: ${v('on-state')}; font-size: 11px; font-weight: 700; }
.dy-arch .dy-transfer > rect.dy-chunk { fill: ${v('layer-shared')}; }
.dy-arch .dy-transfer > rect.dy-track { fill: ${v('layer')}; }
.dy-arch .dy-transfer > rect.dy-bar { fill: ${v('accent')}; }
.dy-arch .dy-build-layer > rect { fill: ${v('layer-new')}; stroke: ${v('bg')}; }
.dy-arch .dy-build-layer.dy-cached > rect { fill: ${v('surface')}; stroke: ${v('layer-new')}; stroke-dasharray: 3 2; }
.dy-arch .dy-build-layer > text { fill: ${v('on-state')}; font-size: 9px; font-weight: 700; }
.dy-arch .dy-build-layer.dy-base > rect { fill: ${v('layer')}; }
.dy-arch .dy-build-layer.dy-cached > text, .dy-arch .dy-build-layer.dy-base > text { fill: ${v('fg')}; }
.dy-arch .dy-caption > rect { fill: ${v('surface')}; stroke: ${v('border')}; }
.dy-arch.dy-step-mode .dy-caption > rect { stroke: ${v('accent')}; stroke-width: 2; }
.dy-arch .dy-caption text { font-size: 13px; }
.dy-arch .dy-flash { fill: none; stroke: ${v('accent')}; stroke-width: 3; }
`;
}
