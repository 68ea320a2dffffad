/**
 * The world as the diagram draws it at one step of the trace: registries, images with their
 * layers, containers, networks, volumes and the transfers in flight. Built by the scene model
 * (event-sourced from the trace); drawn by src/diagrams. Shared contract — only add optional fields.
 */

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

export interface SceneContainer {
  id: string;
  name: string;
  image: string;
  imageId: string;
  state: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  status: string;
  ports: string[];
  networks: string[];
  /** Exit code of the last run, when the container has exited. */
  exitCode?: number;
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
  /** Transfers in flight at this step: layer pulls/pushes with progress 0..1. */
  transfers: { digest: string; direction: 'pull' | 'push'; progress: number; registry: string }[];
}
