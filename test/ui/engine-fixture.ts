/**
 * A session that has run some commands, for inspector tests that read real Engine API
 * JSON through the daemon (never hand-written blobs).
 */
import { HostSession } from '../../src/sim/host/session.ts';
import { settle } from '../../src/sim/settle.ts';

export async function sessionAfter(commands: string[]): Promise<HostSession> {
  const sink = { write: () => undefined };
  const session = new HostSession({ seed: 1, output: { stdout: sink, stderr: sink } });
  for (const command of commands) {
    const result = await settle(session.clock, session.run(command), 600_000);
    if (!result.done) throw new Error(`did not finish: ${command}`);
  }
  return session;
}
