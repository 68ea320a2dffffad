/**
 * Everything the engine does is announced here. Two families:
 * - `docker` events, shaped exactly like `docker events` / `GET /events` messages;
 * - finer internal events (API traffic, registry transfers, state changes, output) that
 *   the trace machines in src/sim turn into the step-by-step story the diagram animates.
 * Each event carries the virtual time in ms (`at`) and a sequence number (`seq`).
 */

/** A `docker events` message (events.Message in the Engine API). */
export interface DockerEventMessage {
  Type: 'container' | 'image' | 'network' | 'volume' | 'builder';
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  scope: 'local';
  time: number;
  timeNano: number;
}

export type EngineEventBody =
  | { kind: 'docker'; message: DockerEventMessage }
  | {
      kind: 'api.request';
      requestId: number;
      method: string;
      path: string;
      query?: Record<string, string | string[]>;
      body?: unknown;
      /** Set when a tool (an inspector panel) reads state: not part of the learner's story. */
      observer?: string;
    }
  | { kind: 'api.response'; requestId: number; status: number; body?: unknown }
  | { kind: 'registry.manifest'; registry: string; repository: string; reference: string; digest?: string; found: boolean }
  | {
      kind: 'registry.blob';
      registry: string;
      repository: string;
      digest: string;
      direction: 'pull' | 'push';
      /** What happened to the blob: transferred, skipped because present, or mounted from another repository. */
      outcome: 'transferred' | 'exists' | 'mounted';
      bytes: number;
    }
  | { kind: 'layer.extract'; diffId: string; size: number }
  | { kind: 'layer.commit'; diffId: string; size: number }
  | { kind: 'image.tag'; imageId: string; reference: string }
  | { kind: 'container.state'; containerId: string; from: string; to: string; exitCode?: number }
  | { kind: 'process.output'; containerId: string; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'build.step'; step: number; total: number; instruction: string; cached: boolean };

export type EngineEvent = EngineEventBody & { seq: number; at: number };

export type EventListener = (event: EngineEvent) => void;
