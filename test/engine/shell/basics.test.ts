import { describe, expect, test } from 'vitest';
import { sh } from './fixture.ts';

describe('sh basics', () => {
  test('echo prints its arguments separated by spaces', async () => {
    const r = await sh('echo hello   world');
    expect(r).toMatchObject({ status: 0, stdout: 'hello world\n', stderr: '' });
  });

  test('quotes keep spaces; single quotes keep $ literal', async () => {
    const r = await sh(`X=1; echo "a  $X" 'b  $X' c\\ d ""x`);
    expect(r.stdout).toBe('a  1 b  $X c d x\n');
  });

  test('an unknown command says "sh: foo: not found" with status 127', async () => {
    const r = await sh('foo');
    expect(r).toMatchObject({ status: 127, stderr: 'sh: foo: not found\n' });
  });

  test('; && || and ! combine statuses', async () => {
    const r = await sh('false && echo no; true && echo yes; false || echo alt; ! false && echo negated');
    expect(r.stdout).toBe('yes\nalt\nnegated\n');
  });

  test('$? holds the status of the last command', async () => {
    const r = await sh('false; echo $?; true; echo $?; sh -c "exit 7"; echo $?');
    expect(r.stdout).toBe('1\n0\n7\n');
  });

  test('exit ends the shell with its status', async () => {
    const r = await sh('echo before; exit 3; echo after');
    expect(r).toMatchObject({ status: 3, stdout: 'before\n' });
  });

  test('a syntax error is reported like ash with status 2', async () => {
    const r = await sh('if true; then echo x; fi; fi');
    expect(r).toMatchObject({ status: 2, stderr: 'sh: syntax error: unexpected "fi"\n' });
  });

  test('sh -c sets $0 and the positional parameters from its extra arguments', async () => {
    const r = await sh('echo "$0 $1 $2 $#"', {});
    expect(r.stdout).toBe('sh   0\n');
    const { runArgv } = await import('./fixture.ts');
    const r2 = await runArgv(['sh', '-c', 'echo "$0 $1 $2 $#"; echo "$@"', 'me', 'a b', 'c']);
    expect(r2.stdout).toBe('me a b c 2\na b c\n');
  });
});
