import { describe, expect, test } from 'vitest';
import { createShellSession } from '../../../src/engine/shell/session.ts';
import { processOptions } from './fixture.ts';

function session(shell = {}) {
  const { startOptions, stdout, stderr } = processOptions(['bash']);
  return { s: createShellSession({ ...startOptions, shell }), stdout, stderr };
}

describe('interactive shell session', () => {
  test('variables, functions and the cwd persist between lines', async () => {
    const { s, stdout } = session();
    await s.run('X=1; cd /tmp');
    await s.run('f() { echo "f $X"; }');
    expect(await s.run('f; pwd')).toBe(0);
    expect(stdout.text()).toBe('f 1\n/tmp\n');
    expect(s.cwd).toBe('/tmp');
  });

  test('env shows exported variables only', async () => {
    const { s } = session();
    await s.run('export SHOWN=yes; HIDDEN=no');
    expect(s.env.SHOWN).toBe('yes');
    expect(s.env.HIDDEN).toBeUndefined();
  });

  test('needsMoreInput is true for an open quote, here-document or if, false for complete lines', () => {
    const { s } = session();
    expect(s.needsMoreInput('echo "abc')).toBe(true);
    expect(s.needsMoreInput('cat <<EOF\nline')).toBe(true);
    expect(s.needsMoreInput('if true; then')).toBe(true);
    expect(s.needsMoreInput('for i in 1 2; do echo $i')).toBe(true);
    expect(s.needsMoreInput('echo done')).toBe(false);
    expect(s.needsMoreInput('fi')).toBe(false);
  });

  test('the bash style says "command not found" and a syntax error does not end the session', async () => {
    const { s, stderr } = session({ style: 'bash', name: 'bash' });
    expect(await s.run('nosuch')).toBe(127);
    expect(await s.run('fi')).toBe(2);
    expect(stderr.text()).toBe('bash: nosuch: command not found\nbash: syntax error: unexpected "fi"\n');
    expect(s.ended).toBe(false);
  });

  test('an expansion error fails the line without ending the session; exit ends it', async () => {
    const { s } = session();
    expect(await s.run('echo ${NOPE?}')).toBe(1);
    expect(await s.run('exit 4')).toBe(4);
    expect(s.ended).toBe(true);
    expect(await s.process.exited).toBe(4);
  });

  test('extra commands run when nothing on PATH has the name', async () => {
    const { startOptions, stdout } = processOptions(['bash']);
    const s = createShellSession({ ...startOptions, shell: { extraCommands: { docker: async (ctx) => (ctx.stdout.write(`docker ${ctx.argv.slice(1).join(' ')}\n`), 0) } } });
    await s.run('docker ps -a | cat');
    expect(stdout.text()).toBe('docker ps -a\n');
  });
});
