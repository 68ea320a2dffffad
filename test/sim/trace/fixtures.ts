/**
 * Test fixtures for the trace: a fresh session with a recorder, a way to run commands the
 * way a person would (virtual time advancing, a pause between commands), and a readable
 * one-line-per-step rendering for inline snapshots.
 */
import { HostSession } from '../../../src/sim/host/session.ts';
import { elapse, settle } from '../../../src/sim/settle.ts';
import { TraceRecorder, type TraceRecorderOptions } from '../../../src/sim/trace/recorder.ts';
import type { TraceStep } from '../../../src/sim/trace/types.ts';

export interface TracedSession {
  session: HostSession;
  recorder: TraceRecorder;
  /** Run one command line to completion; resolves to its exit code. */
  run(line: string): Promise<number>;
  /** The steps of the last command run. */
  lastCommandSteps(): TraceStep[];
}

export async function tracedSession(options: TraceRecorderOptions & { files?: Record<string, string> } = {}): Promise<TracedSession> {
  const session = new HostSession({ seed: 1 });
  for (const [path, text] of Object.entries(options.files ?? {})) {
    session.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    session.fs.writeFile(path, text);
  }
  const recorder = new TraceRecorder(session, options);
  await settle(session.clock, recorder.ready);
  return {
    session,
    recorder,
    async run(line) {
      const result = await settle(session.clock, recorder.run(line), 600_000);
      if (!result.done) throw new Error(`${line} did not finish`);
      await elapse(session.clock, 2000);
      return result.value;
    },
    lastCommandSteps() {
      const command = recorder.commands.at(-1)!;
      return recorder.steps.filter((s) => s.commandId === command.id);
    },
  };
}

/** `component | edge | sentence`, one line per step: what the learner sees. */
export function story(steps: TraceStep[]): string {
  return steps.map((s) => [s.component, s.edge ? `${s.edge.from}→${s.edge.to} ${s.edge.label}` : '', s.sentence].join(' | ')).join('\n');
}

/** `machine: from → to`, one line per step: what the machines did. */
export function transitions(steps: TraceStep[]): string {
  return steps.map((s) => `${s.machine}: ${s.from} → ${s.to}`).join('\n');
}
