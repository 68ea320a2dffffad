/**
 * The Trace inspector's list: the player's steps grouped by the command that caused
 * them, each described in one line (the sentence) plus the machine's transition and
 * the API message, and placed relative to the player's position (shown, current, ahead).
 * `position` is the ID of the current step (TraceStep.id), as the player counts.
 */
import type { CommandRecord, TraceStep } from '../../sim/trace/types.ts';

export interface TraceRow {
  id: number;
  sentence: string;
  /** `pull alpine:latest: resolving → fetching manifest` */
  transition: string;
  component: string;
  /** `GET /v1.50/images/json → 200`, when the step carries an API message. */
  api?: string;
  cached?: boolean;
  when: 'shown' | 'current' | 'ahead';
}

export interface TraceGroup {
  commandId: number;
  /** The command line as typed (`docker run hello-world`), or `Command N` when unknown. */
  title: string;
  exitCode?: number;
  steps: TraceRow[];
  /** The group holds the current step. */
  current: boolean;
}

export function traceRow(step: TraceStep, position: number): TraceRow {
  const api = step.api ? `${step.api.method} ${step.api.path}${step.api.status !== undefined ? ` → ${step.api.status}` : ''}` : step.edge?.label;
  return {
    id: step.id,
    sentence: step.sentence,
    transition: `${step.machine}${step.machineId ? ` ${step.machineId}` : ''}: ${step.from} → ${step.to}`,
    component: step.component,
    api,
    cached: step.cached,
    when: step.id === position ? 'current' : step.id < position ? 'shown' : 'ahead',
  };
}

/**
 * Consecutive steps of the same command form one group, in trace order, titled by the
 * command line the learner typed (from `commands`, the player's command records).
 */
export function groupTrace(steps: readonly TraceStep[], position: number, commands: readonly CommandRecord[] = []): TraceGroup[] {
  const byId = new Map(commands.map((c) => [c.id, c]));
  const groups: TraceGroup[] = [];
  for (const step of steps) {
    let group = groups[groups.length - 1];
    if (!group || group.commandId !== step.commandId) {
      const record = byId.get(step.commandId);
      group = { commandId: step.commandId, title: record?.line ?? `Command ${step.commandId}`, steps: [], current: false };
      if (record?.exitCode !== undefined) group.exitCode = record.exitCode;
      groups.push(group);
    }
    const row = traceRow(step, position);
    group.steps.push(row);
    if (row.when === 'current') group.current = true;
  }
  return groups;
}
