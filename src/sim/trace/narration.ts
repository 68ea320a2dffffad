/**
 * The contract between a trace machine and the trace: a machine module exports its xstate
 * machine and a narrator that turns one transition (from, to, the event, the context after)
 * into the learner-facing part of a step. `traced-actor.ts` wires the two through xstate's
 * inspection API; the tracer adds ids, times and the command.
 */
import type { Component, TraceStep } from './types.ts';

export interface Transition<TContext, TEvent> {
  from: string;
  to: string;
  event: TEvent;
  context: TContext;
}

/** What a narrator adds to a step; the rest (ids, machine, from/to, time) is filled in by the tracer. */
export interface StepDraft {
  component: Component;
  sentence: string;
  edge?: TraceStep['edge'];
  api?: TraceStep['api'];
  digest?: string;
  progress?: number;
  cached?: boolean;
}

/** Returns undefined when a transition is bookkeeping a learner need not see. */
export type Narrator<TContext, TEvent> = (transition: Transition<TContext, TEvent>) => StepDraft | undefined;

/** An xstate state value as one string: `downloading`, `build.step.running`. */
export function stateString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key}.${stateString(inner)}`)
      .join(',');
  }
  return String(value);
}
