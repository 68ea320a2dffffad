/**
 * Commands the real CLI has but the simulator does not run (cp, stats, swarm…). They
 * are listed in help like the real ones, and when run say so in one line, exit 1,
 * instead of pretending (DESIGN.md: honest about limits).
 */
import type { CommandSpec } from '../command.ts';

export function unsupported(name: string, use: string, short: string): CommandSpec {
  return {
    name,
    use,
    short,
    args: { kind: 'any' },
    flags: [],
    async run({ io, path }) {
      io.stderr.write(`${path}: not supported by the Dockyard simulator\n`);
      return 1;
    },
  };
}
