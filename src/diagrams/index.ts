/**
 * The diagrams' public surface: the architecture diagram's pure layout, its d3
 * renderer, and the texts a UI may want to announce. Nothing here calls the engine;
 * inputs are the sim's scene and trace types.
 */
export { layoutArchitecture, registriesOf } from './architecture/layout.ts';
export { renderArchitecture } from './architecture/render.ts';
export type { Focus } from './architecture/render.ts';
export { stepAnnouncement } from './architecture/render-caption.ts';
export { isLayerStep, isCacheHit, buildLayerKind } from './architecture/step-target.ts';
export { NARROW_BELOW } from './architecture/regions.ts';
export { TOKENS, cssVar } from './architecture/theme.ts';
export type * from './architecture/layout-types.ts';
export type { SceneState, TraceStep } from './sim-types.ts';
