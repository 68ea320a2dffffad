/**
 * The changes the scene model applies, in engine order: a narrow, serialisable vocabulary
 * distilled from engine events (see from-engine.ts). Image layers and container details
 * are not in the events; they arrive as facts (facts.ts) and are joined in when drawn.
 */

export type SceneEvent =
  | { type: 'image.tag'; imageId: string; reference: string }
  | { type: 'image.untag'; reference: string }
  | { type: 'image.delete'; imageId: string }
  | { type: 'container.create'; id: string; name: string; image: string }
  | { type: 'container.state'; id: string; to: string; exitCode?: number; at: number }
  | { type: 'container.destroy'; id: string }
  | { type: 'container.network'; id: string; network: string; connected: boolean }
  | { type: 'network.create'; id: string; name: string; driver: string }
  | { type: 'network.destroy'; id: string }
  | { type: 'volume.create'; name: string }
  | { type: 'volume.destroy'; name: string }
  | { type: 'registry.repository'; host: string; repository: string }
  | { type: 'transfer'; digest: string; direction: 'pull' | 'push'; registry: string; progress: number }
  | { type: 'transfers.clear'; registry: string; direction: 'pull' | 'push' };

export interface SceneEntry {
  /** The engine event seq this change belongs to. */
  seq: number;
  event: SceneEvent;
}
