// A learner's session for end-to-end network tests: commands typed at the host shell,
// each with its own captured output and exit status, virtual time settled as the
// script runner does.
import { HostSession } from '../../../src/sim/host/session.ts';
import { elapse, settle } from '../../../src/sim/settle.ts';

export function makeSession() {
  let out = '';
  const decoder = new TextDecoder();
  const sink = { write: (d: string | Uint8Array) => (out += typeof d === 'string' ? d : decoder.decode(d)) };
  const session = new HostSession({ seed: 1, output: { stdout: sink, stderr: sink } });
  /** Run one command line; its output (stdout and stderr together) and status. */
  const run = async (line: string): Promise<{ status: number | undefined; out: string }> => {
    out = '';
    const result = await settle(session.clock, session.run(line), 600_000);
    await elapse(session.clock, 1000);
    return { status: result.done ? result.value : undefined, out };
  };
  return { session, run };
}
