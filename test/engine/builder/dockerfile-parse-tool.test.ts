// `dockyard parse` (src/sim/tools/dockerfile-parse.ts): JSON and readable listings of
// what the parser read, errors on stderr with exit code 1.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/sim/tools/dockerfile-parse.ts';

const dockerfile = `# syntax=docker/dockerfile:1
FROM alpine:3.19 AS build
RUN --mount=type=cache,target=/var/cache/apk apk add curl \\
  && echo done
COPY <<EOF /etc/motd
hello $NAME
EOF
ENV A=1 LEGACY_NOT_HERE=2
CMD ["sh", "-c", "echo hi"]
`;

describe('parseCommand --json', () => {
  it('prints one pretty-printed object per instruction with args, flags, json and line', () => {
    const r = parseCommand(dockerfile, { json: true });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout).toContain('\n  {\n    "instruction": "FROM",');
    expect(JSON.parse(r.stdout)).toEqual([
      { instruction: 'FROM', args: ['alpine:3.19', 'AS', 'build'], flags: [], json: false, line: 2 },
      { instruction: 'RUN', args: ['apk add curl   && echo done'], flags: ['--mount=type=cache,target=/var/cache/apk'], json: false, line: 3, endLine: 4 },
      {
        instruction: 'COPY',
        args: ['<<EOF', '/etc/motd'],
        flags: [],
        json: false,
        line: 5,
        endLine: 7,
        heredocs: [{ name: 'EOF', content: 'hello $NAME\n', expand: true, chomp: false, fileDescriptor: 0 }],
      },
      { instruction: 'ENV', args: ['A', '1', '=', 'LEGACY_NOT_HERE', '2', '='], flags: [], json: false, line: 8 },
      { instruction: 'CMD', args: ['sh', '-c', 'echo hi'], flags: [], json: true, line: 9 },
    ]);
  });
});

describe('parseCommand listing', () => {
  it('lists line ranges, instructions, forms, flags and heredocs', () => {
    expect(parseCommand(dockerfile, { json: false })).toEqual({
      stdout: [
        '2       FROM        alpine:3.19 AS build',
        '3-4     RUN         shell: apk add curl   && echo done   [--mount=type=cache,target=/var/cache/apk]',
        '5-7     COPY        <<EOF /etc/motd',
        '                    heredoc EOF: 1 line (expanded)',
        '8       ENV         A=1 LEGACY_NOT_HERE=2',
        '9       CMD         exec: ["sh","-c","echo hi"]',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('prints parser warnings on stderr and still succeeds', () => {
    const r = parseCommand('FROM a\nRUN a \\\n\n  b\n', { json: false });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      '[WARNING]: Empty continuation line found in: RUN a   b\n[WARNING]: Empty continuation lines will become errors in a future release.\n',
    );
  });
});

describe('parseCommand errors', () => {
  it('reports parse and instruction errors on stderr with exit code 1', () => {
    expect(parseCommand('FROM a\nFOO x\n', { json: true })).toEqual({
      stdout: '',
      stderr: 'dockerfile parse error on line 2: unknown instruction: FOO (did you mean FROM?)\n',
      exitCode: 1,
    });
    expect(parseCommand('FROM a\nRUN <<EOF\n', { json: false }).stderr).toBe('failed to parse Dockerfile: unterminated heredoc\n');
    expect(parseCommand('', { json: false })).toEqual({ stdout: '', stderr: 'the Dockerfile (Dockerfile) cannot be empty\n', exitCode: 1 });
  });
});
