/**
 * The trace's data model: what one step of the story looks like and which command caused it.
 * The trace machines produce these; the player walks them; the diagram (src/diagrams) and the
 * UI (src/ui) consume them. This file is a shared contract — only add optional fields.
 */

/** A node of the architecture diagram. */
export type Component = 'client' | 'daemon' | 'registry' | 'images' | 'containers' | 'networks' | 'volumes';

/** The kind of xstate machine a step came from. */
export type MachineKind = 'client' | 'request' | 'pull' | 'push' | 'build' | 'container';

export interface TraceStep {
  /** 0-based position in the trace (stays stable when old steps are dropped). */
  id: number;
  /** The command line that caused it. */
  commandId: number;
  machine: MachineKind;
  /** e.g. request id, image ref, container id. */
  machineId: string;
  /** State before (xstate state value as a string). */
  from: string;
  /** State after. */
  to: string;
  /** The diagram node that is active at this step. */
  component: Component;
  /** A packet travelling, e.g. client→daemon "POST /containers/create". */
  edge?: { from: Component; to: Component; label: string };
  api?: { method: string; path: string; status?: number; request?: unknown; response?: unknown };
  /** The engine event behind it. */
  eventSeq?: number;
  /** One plain sentence for a learner. */
  sentence: string;
  /** Virtual ms. */
  at: number;
  /** Transfer progress 0..1 for a layer pull/push step, when the step is about one layer. */
  progress?: number;
  /** The layer or blob digest a pull/push/build step is about. */
  digest?: string;
  /** For build steps: whether the step was answered from the build cache. */
  cached?: boolean;
}

export interface CommandRecord {
  id: number;
  line: string;
  firstStep: number;
  lastStep: number;
  exitCode?: number;
}
