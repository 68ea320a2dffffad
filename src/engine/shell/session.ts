/**
 * An interactive shell for a terminal: the host feeds it one line (or a few lines) at a
 * time and variables, functions and the cwd persist between them. `needsMoreInput`
 * tells the terminal to show a continuation prompt for an open quote, here-document or
 * `if` without `fi`.
 */
import { createProcess } from '../process/runtime.ts';
import type { RunningProcess, StartOptions } from '../process/runtime.ts';
import { ExitSignal, ReturnSignal, ShellSyntaxError } from './errors.ts';
import { Shell } from './interpreter.ts';
import { parse } from './parser.ts';
import type { ShellConfig } from './state.ts';

export interface ShellSession {
  /** Run one line (or several); resolves to its status. After `exit`, `ended` is true. */
  run(line: string): Promise<number>;
  needsMoreInput(text: string): boolean;
  /** Exported variables, as a child would get them. */
  readonly env: Record<string, string>;
  readonly cwd: string;
  readonly ended: boolean;
  /** The session's own process (its pid, its process group for `ps`/`kill`). */
  readonly process: RunningProcess;
}

export type SessionOptions = StartOptions & { shell?: ShellConfig };

/**
 * @example const s = createShellSession({ ...processOptions, shell: { style: 'bash', name: 'bash' } }); await s.run('cd /tmp && pwd')
 */
export function createShellSession(options: SessionOptions): ShellSession {
  const { record, process, context } = createProcess(options);
  const sh = new Shell(context(), { interactive: true, ...options.shell });
  let ended = false;
  return {
    async run(line) {
      if (ended) return sh.status;
      try {
        return await sh.runSource(line);
      } catch (signal) {
        if (signal instanceof ReturnSignal) return signal.status;
        if (!(signal instanceof ExitSignal)) throw signal;
        ended = true;
        record.finish(signal.status);
        return signal.status;
      }
    },
    needsMoreInput(text) {
      try {
        parse(text);
        return false;
      } catch (error) {
        if (error instanceof ShellSyntaxError) return error.incomplete;
        throw error;
      }
    },
    get env() {
      return sh.environment();
    },
    get cwd() {
      return sh.cwd;
    },
    get ended() {
      return ended;
    },
    process,
  };
}
