/** The Trace inspector's grouping (src/ui/inspectors/trace-groups.ts). */
import { describe, expect, it } from 'vitest';
import type { CommandRecord, TraceStep } from '../../src/sim/trace/types.ts';
import { groupTrace } from '../../src/ui/inspectors/trace-groups.ts';

function step(id: number, commandId: number): TraceStep {
  return {
    id,
    commandId,
    machine: 'client',
    from: 'idle',
    to: 'parsing',
    component: 'client',
    sentence: `step ${id}`,
  } as TraceStep;
}

const commands: CommandRecord[] = [
  { id: 1, line: 'docker pull alpine', firstStep: 1, lastStep: 2, exitCode: 0 },
  { id: 2, line: 'docker run hello-world', firstStep: 3, lastStep: 3 },
];

describe('groupTrace', () => {
  it('titles each group with the command line the learner typed, and its exit code when known', () => {
    const groups = groupTrace([step(1, 1), step(2, 1), step(3, 2)], 2, commands);
    expect(groups.map((g) => [g.title, g.exitCode, g.steps.length])).toEqual([
      ['docker pull alpine', 0, 2],
      ['docker run hello-world', undefined, 1],
    ]);
  });

  it('falls back to "Command N" for steps whose command is not recorded', () => {
    expect(groupTrace([step(1, 7)], 1).map((g) => g.title)).toEqual(['Command 7']);
  });

  it('marks steps shown, current and ahead of the player, and the group holding the current one', () => {
    const groups = groupTrace([step(1, 1), step(2, 1), step(3, 2)], 2, commands);
    expect(groups[0].steps.map((s) => s.when)).toEqual(['shown', 'current']);
    expect(groups[1].steps.map((s) => s.when)).toEqual(['ahead']);
    expect(groups.map((g) => g.current)).toEqual([true, false]);
  });
});
