/**
 * Headless runs: a script of commands in, a transcript out — `$ command`, its output
 * (stdout and stderr in the order written), and `[exit N]` after a non-zero status.
 * Virtual time moves on by a fixed pause between commands, so "Up 2 seconds" reads as
 * a person typing would see it, and identically on every run with the same seed.
 */
import { elapse, settle } from '../settle.ts';
import { HostSession } from './session.ts';

export interface ScriptOptions {
  seed?: number;
  /** Virtual seconds between two commands (default 2). */
  pause?: number;
  /** Virtual time a foreground command may take before it is interrupted (default 10 min). */
  commandLimitMs?: number;
}

/** Split a script into commands: a line whose quote, here-document or `if` is open takes the next lines. */
export function splitCommands(script: string, needsMore: (text: string) => boolean): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const line of script.replace(/\r\n/g, '\n').split('\n')) {
    pending = pending ? `${pending}\n${line}` : line;
    if (pending.trim() === '') {
      pending = '';
      continue;
    }
    if (needsMore(pending)) continue;
    commands.push(pending);
    pending = '';
  }
  if (pending.trim() !== '') commands.push(pending);
  return commands;
}

export async function runScript(script: string, options: ScriptOptions = {}): Promise<string> {
  let out = '';
  const decoder = new TextDecoder();
  const sink = { write: (data: string | Uint8Array) => (out += typeof data === 'string' ? data : decoder.decode(data)) };
  const session = new HostSession({ seed: options.seed, output: { stdout: sink, stderr: sink } });
  const pauseMs = (options.pause ?? 2) * 1000;
  for (const command of splitCommands(script, (t) => session.shell.needsMoreInput(t))) {
    if (command.trimStart().startsWith('#')) {
      out += `${command}\n`;
      continue;
    }
    out += `$ ${command}\n`;
    const running = session.run(command);
    let result = await settle(session.clock, running, options.commandLimitMs ?? 600_000);
    if (!result.done) {
      // A command that would run forever (an attached server, `logs -f`): press Ctrl-C, as a person would.
      out += '^C\n';
      session.interrupt();
      result = await settle(session.clock, running, 60_000);
    }
    if (!result.done) out += '[still running: abandoned by the script runner]\n';
    else if (result.value !== 0) out += `[exit ${result.value}]\n`;
    if (session.shell.ended) break;
    await elapse(session.clock, pauseMs);
  }
  return out;
}
