/**
 * The host shell's `history` builtin, as bash prints it: each command with its number
 * right-aligned in five columns, two spaces, the line. `history N` shows the last N;
 * `history -c` forgets them.
 */
import type { Program } from '../../engine/process/types.ts';

export function historyProgram(lines: string[]): Program {
  return async (ctx) => {
    const arg = ctx.argv[1];
    if (arg === '-c') {
      lines.length = 0;
      return 0;
    }
    if (arg !== undefined && !/^\d+$/.test(arg)) {
      ctx.stderr.write(`bash: history: ${arg}: numeric argument required\n`);
      return 1;
    }
    const count = arg === undefined ? lines.length : Number(arg);
    const start = Math.max(0, lines.length - count);
    for (let i = start; i < lines.length; i++) ctx.stdout.write(`${String(i + 1).padStart(5)}  ${lines[i].replace(/\n/g, '\n       ')}\n`);
    return 0;
  };
}
