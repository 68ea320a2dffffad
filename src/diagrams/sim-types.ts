/**
 * The diagram's inputs, as src/sim defines them: a trace step (src/sim/trace/types.ts)
 * and the scene the player shows at that step (src/sim/scene/types.ts). Every diagram
 * file imports its inputs from here, so the contract is visible in one place.
 */
import type { SceneContainer } from '../sim/scene/types.ts';

export type { Component, TraceStep } from '../sim/trace/types.ts';
export type {
  SceneContainer,
  SceneImage,
  SceneLayer,
  SceneRegistry,
  SceneState,
} from '../sim/scene/types.ts';

export type ContainerState = SceneContainer['state'];
