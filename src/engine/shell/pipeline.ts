/**
 * Pipelines: every stage runs concurrently in its own subshell (as ash forks them),
 * joined by pipes. When a stage ends, its output pipe closes (the next stage sees end
 * of input) and its input pipe's reader goes away, so a writer upstream gets SIGPIPE
 * on its next write and stops: `while true; do echo y; done | head -n 1` ends.
 */
import { sharedInput } from '../process/lines.ts';
import { Pipe } from '../process/streams.ts';
import type { Command } from './ast.ts';
import type { Shell } from './interpreter.ts';
import type { Io } from './io.ts';

/** Pipeline stages run concurrently, each in a subshell; the status is the last stage's (with pipefail: the last failing one's). */
export async function runStages(sh: Shell, commands: Command[], io: Io): Promise<number> {
  const pipes = commands.slice(1).map(() => new Pipe());
  const stages = commands.map(async (command, index) => {
    const sub = sh.subshell();
    const input = index === 0 ? sharedInput(io.stdin) : pipes[index - 1];
    const output = index === commands.length - 1 ? io.stdout : pipes[index];
    if (index < commands.length - 1) pipes[index].onBroken = () => (sub.broken = true);
    try {
      return await sub.runIsolated({ type: 'list', items: [{ command: { first: { negate: false, commands: [command] }, rest: [] }, background: false }] }, io.with(0, input).with(1, output));
    } finally {
      if (index < commands.length - 1) pipes[index].close();
      if (index > 0) pipes[index - 1].closeReader();
    }
  });
  const statuses = await Promise.all(stages);
  if (sh.options.pipefail) return [...statuses].reverse().find((status) => status !== 0) ?? 0;
  return statuses[statuses.length - 1];
}
