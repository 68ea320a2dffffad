/**
 * Runs one trace machine as an xstate actor and reports each transition it takes, using
 * xstate's inspection API (`@xstate.microstep` events carry the transitions of one step;
 * eventless `always` transitions show up as their own microsteps). The narrator turns a
 * transition into words; transitions it declines are not reported.
 */
import { createActor, type AnyStateMachine, type InspectionEvent } from 'xstate';
import { stateString, type Narrator, type StepDraft } from './narration.ts';

export interface TracedTransition extends StepDraft {
  from: string;
  to: string;
}

export interface TracedActor<TEvent> {
  send(event: TEvent): void;
  /** The current state as a string. */
  state(): string;
  /** True once the machine reached a final state. */
  done(): boolean;
  stop(): void;
}

export function traceActor<TContext, TEvent extends { type: string }>(
  machine: AnyStateMachine,
  narrate: Narrator<TContext, TEvent>,
  onTransition: (transition: TracedTransition) => void,
  input?: unknown,
): TracedActor<TEvent> {
  let last = '';
  const inspect = (inspection: InspectionEvent) => {
    if (inspection.type !== '@xstate.microstep') return;
    const snapshot = inspection.snapshot as unknown as { value: unknown; context: TContext };
    const to = stateString(snapshot.value);
    const from = last;
    last = to;
    if (inspection._transitions.length === 0 || inspection.event.type.startsWith('xstate.')) return;
    const draft = narrate({ from, to, event: inspection.event as unknown as TEvent, context: snapshot.context });
    if (draft) onTransition({ ...draft, from, to });
  };
  const actor = createActor(machine, { inspect, input });
  actor.start();
  last = stateString(actor.getSnapshot().value);
  return {
    send: (event) => actor.send(event as never),
    state: () => stateString(actor.getSnapshot().value),
    done: () => actor.getSnapshot().status === 'done',
    stop: () => actor.stop(),
  };
}
