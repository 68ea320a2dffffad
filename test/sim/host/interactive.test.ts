import { describe, expect, it } from 'vitest';
import { HostSession } from '../../../src/sim/host/session.ts';
import { elapse, settle } from '../../../src/sim/settle.ts';

function session(interactive: boolean) {
  let out = '';
  const sink = { write: (d: string | Uint8Array) => (out += typeof d === 'string' ? d : new TextDecoder().decode(d)) };
  const s = new HostSession({ seed: 1, interactive, output: { stdout: sink, stderr: sink } });
  return { s, out: () => out };
}

describe('typing into running commands', () => {
  it('docker run -it alpine sh prompts, runs what is typed, and exit returns to the host shell', async () => {
    const { s, out } = session(true);
    await settle(s.clock, s.run('docker pull -q alpine'));
    const running = s.run('docker run -it --rm alpine sh');
    await elapse(s.clock, 100);
    s.sendInput('cat /etc/alpine-release\n');
    await elapse(s.clock, 100);
    s.sendInput('exit 3\n');
    const result = await settle(s.clock, running);
    expect(result).toEqual({ done: true, value: 3 });
    expect(out()).toContain('/ # 3.20.3\r\n/ # ');
  });

  it('Ctrl-D ends the input of the running command', async () => {
    const { s, out } = session(true);
    const running = s.run('cat');
    await elapse(s.clock, 10);
    s.sendInput('typed\n');
    s.endInput();
    expect(await settle(s.clock, running)).toEqual({ done: true, value: 0 });
    expect(out()).toBe('typed\n');
  });

  it('what is typed while nothing runs is not kept for the next command', async () => {
    const { s } = session(true);
    s.sendInput('stale\n');
    const running = s.run('cat');
    await elapse(s.clock, 10);
    s.endInput();
    expect(await settle(s.clock, running)).toEqual({ done: true, value: 0 });
  });

  it('a headless session gives commands an empty standard input', async () => {
    const { s } = session(false);
    expect(await settle(s.clock, s.run('cat'))).toEqual({ done: true, value: 0 });
  });
});

describe('typeahead', () => {
  it('lines typed during a command that does not read them come back for the next prompt', async () => {
    const { s } = session(true);
    const running = s.run('sleep 1');
    s.sendInput('echo later\n');
    await settle(s.clock, running);
    expect(s.takeUnreadInput()).toBe('echo later\n');
    expect(s.takeUnreadInput()).toBe('');
  });
});
