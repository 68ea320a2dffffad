/**
 * Rebuilds a sandbox from its command log, headless: each command runs at the virtual
 * time it first ran, virtual time jumps from timer to timer (no waiting, no animation),
 * and a command Ctrl-C ended is interrupted after as long as it ran. The output is
 * collected so the terminal can show the session's past, as a terminal that never closed would.
 */
import { elapse, settle } from '../../sim/settle.ts';
import type { HostSession } from '../../sim/host/session.ts';
import { shownDirectory } from '../terminal/prompt.ts';
import { hostUser } from '../../sim/host/host-fs.ts';
import type { LoggedCommand } from './save.ts';

/** Longest stretch of virtual time walked timer by timer between two commands. */
const maxWalk = 10 * 60_000;

export async function replayLog(
  session: HostSession,
  startTime: number,
  log: LoggedCommand[],
  run: (entry: LoggedCommand) => Promise<number>,
  progress: (done: number) => void,
): Promise<string> {
  const clock = session.clock;
  let transcript = '';
  const capture = {
    write: (data: string | Uint8Array) =>
      (transcript += typeof data === 'string' ? data : new TextDecoder().decode(data)),
  };
  session.setOutput({ stdout: capture, stderr: capture });
  for (const [index, entry] of log.entries()) {
    const gap = startTime + entry.at - clock.now();
    if (gap > 0) {
      await elapse(clock, Math.min(gap, maxWalk));
      if (gap > maxWalk) clock.advanceTo(startTime + entry.at);
    }
    if (!transcript.endsWith('\n') && transcript !== '') transcript += '\n';
    if (!entry.edit)
      transcript += `${hostUser.name}@${hostUser.hostname}:${shownDirectory(session.shell.cwd)}$ ${entry.line.replace(/\n/g, '\n> ')}\n`;
    const running = run(entry);
    if (entry.interrupted) {
      const first = await settle(clock, running, Math.max(entry.ms, 0));
      if (!first.done) {
        transcript += '^C';
        session.interrupt();
        await settle(clock, running, 60_000);
      }
    } else {
      await settle(clock, running);
    }
    progress(index + 1);
  }
  return transcript;
}
