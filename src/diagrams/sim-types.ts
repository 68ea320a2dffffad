/**
 * The diagram's inputs, as src/sim promises them: a trace step (src/sim/trace/types.ts)
 * and the scene the player shows at that step (src/sim/scene/types.ts). Until those
 * files land this module restates their contract verbatim; afterwards it only
 * re-exports them, so every diagram file imports its inputs from one place.
 */

export type Component = 'client' | 'daemon' | 'registry' | 'images' | 'containers' | 'networks' | 'volumes';

export interface TraceStep {
  id: number;
  commandId: number;
  machine: 'client' | 'request' | 'pull' | 'push' | 'build' | 'container';
  machineId: string;
  from: string;
  to: string;
  component: Component;
  edge?: { from: Component; to: Component; label: string };
  api?: { method: string; path: string; status?: number; request?: unknown; response?: unknown };
  eventSeq?: number;
  sentence: string;
  at: number;
}

export interface SceneLayer {
  diffId: string;
  size: number;
  createdBy: string;
}

export interface SceneImage {
  id: string;
  tags: string[];
  layers: SceneLayer[];
  size: number;
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface SceneContainer {
  id: string;
  name: string;
  image: string;
  imageId: string;
  state: ContainerState;
  status: string;
  ports: string[];
  networks: string[];
}

export interface SceneRegistry {
  host: string;
  repositories: string[];
}

export interface SceneState {
  registries: SceneRegistry[];
  images: SceneImage[];
  containers: SceneContainer[];
  networks: { id: string; name: string; driver: string }[];
  volumes: { name: string }[];
  transfers: { digest: string; direction: 'pull' | 'push'; progress: number; registry: string }[];
}
