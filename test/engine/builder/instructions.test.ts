// Typed instructions: what each instruction means after parsing, and which
// instructions the builder expands with which variables.
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/engine/builder/parser/parser.ts';
import { parseInstructions, parseStages } from '../../../src/engine/builder/instructions/stages.ts';
import type { Command, CommandOf, CommandKind } from '../../../src/engine/builder/instructions/commands.ts';
import { parseGoDuration, formatGoDuration } from '../../../src/engine/builder/instructions/go-duration.ts';
import { suggest } from '../../../src/engine/builder/instructions/suggest.ts';
import { expandCommand, expandFrom, expansionEnv, EXPANDED_INSTRUCTIONS } from '../../../src/engine/builder/shell-lex/instruction-expansion.ts';

const stages = (text: string) => parseStages(parseDockerfile(text).ast);
function only<K extends CommandKind>(kind: K, line: string): CommandOf<K> {
  const cmd = stages(`FROM scratch\n${line}\n`).stages[0].commands[0] as Command;
  expect(cmd.kind).toBe(kind);
  return cmd as CommandOf<K>;
}

describe('stages', () => {
  it('ARGs before the first FROM are meta args; each FROM opens a stage with its commands', () => {
    const r = stages('ARG A=1\nARG B\nFROM --platform=$BUILDPLATFORM golang:1.22 AS Build\nRUN go build\nFROM alpine\nCOPY --from=build /out /bin/\n');
    expect(r.metaArgs.map((a) => a.args)).toEqual([[{ key: 'A', value: '1' }], [{ key: 'B' }]]);
    expect(r.stages.map((s) => [s.baseName, s.name, s.origName, s.platform, s.commands.length])).toEqual([
      ['golang:1.22', 'build', 'Build', '$BUILDPLATFORM', 1],
      ['alpine', '', '', '', 1],
    ]);
    expect(r.stages[0].original).toBe('FROM --platform=$BUILDPLATFORM golang:1.22 AS Build');
    expect(r.stages[0].flagsUsed).toEqual(['platform']);
  });

  it('AS is case-insensitive and stage names are lowercased', () => {
    expect(stages('FROM a as MyStage.v1_x-y\n').stages[0].name).toBe('mystage.v1_x-y');
  });

  it('parseInstructions keeps instructions outside stages (for ONBUILD triggers)', () => {
    expect(parseInstructions(parseDockerfile('RUN a\nCOPY x y\n').ast).map((i) => i.kind)).toEqual(['RUN', 'COPY']);
  });
});

describe('RUN, CMD, ENTRYPOINT, SHELL', () => {
  it('shell form is one command string run through SHELL; exec form is the argv', () => {
    expect(only('RUN', 'RUN echo  "a b"   c')).toMatchObject({ cmdLine: ['echo  "a b"   c'], prependShell: true });
    expect(only('RUN', 'RUN ["echo", "a b"]')).toMatchObject({ cmdLine: ['echo', 'a b'], prependShell: false });
    expect(only('CMD', 'CMD []')).toMatchObject({ cmdLine: [], prependShell: false });
    expect(only('ENTRYPOINT', 'ENTRYPOINT top -b')).toMatchObject({ cmdLine: ['top -b'], prependShell: true });
    expect(only('SHELL', 'SHELL ["powershell", "-command"]').shell).toEqual(['powershell', '-command']);
  });

  it('RUN records BuildKit-only flags so a classic builder can reject them', () => {
    const run = only('RUN', 'RUN --mount=type=cache,target=/c --mount=type=secret,id=x --network=none --security=insecure echo');
    expect(run).toMatchObject({ mounts: ['type=cache,target=/c', 'type=secret,id=x'], network: 'none', security: 'insecure' });
    expect(run.flagsUsed).toEqual(['mount', 'network', 'security']);
  });

  it('RUN with a heredoc carries the script as an inline file', () => {
    const run = only('RUN', 'RUN <<EOF\necho hi\nEOF');
    expect(run.cmdLine).toEqual(['<<EOF']);
    expect(run.files).toEqual([{ name: 'EOF', data: 'echo hi\n', chomp: false, expand: true, fileDescriptor: 0 }]);
  });
});

describe('COPY and ADD', () => {
  it('parses sources, destination and every flag', () => {
    const copy = only('COPY', 'COPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md --exclude=.git a b /dst/');
    expect(copy).toMatchObject({
      sourcePaths: ['a', 'b'],
      destPath: '/dst/',
      from: 'build',
      chown: 'app:app',
      chmod: '0755',
      link: true,
      parents: true,
      exclude: ['*.md', '.git'],
    });
    const add = only('ADD', 'ADD --keep-git-dir=true --checksum=sha256:0 --unpack=false https://x/y.tar.gz /y');
    expect(add).toMatchObject({ keepGitDir: true, checksum: 'sha256:0', unpack: false, sourcePaths: ['https://x/y.tar.gz'] });
    expect(only('ADD', 'ADD a b').unpack).toBeNull();
  });

  it('JSON form allows paths with spaces', () => {
    expect(only('COPY', 'COPY ["my file", "/dst dir/"]')).toMatchObject({ sourcePaths: ['my file'], destPath: '/dst dir/' });
  });

  it('heredoc sources become inline files, chomped for <<-', () => {
    const copy = only('COPY', 'COPY <<-EOF <<"RAW" /dst/\n\tone $X\nEOF\ntwo $X\nRAW');
    expect(copy.sourcePaths).toEqual([]);
    expect(copy.sourceContents).toEqual([
      { name: 'EOF', data: 'one $X\n', chomp: true, expand: true, fileDescriptor: 0 },
      { name: 'RAW', data: 'two $X\n', chomp: false, expand: false, fileDescriptor: 0 },
    ]);
  });
});

describe('ENV, LABEL, ARG', () => {
  it('ENV keeps both forms, marking the legacy one', () => {
    expect(only('ENV', 'ENV A=1 B="x y"').env).toEqual([
      { key: 'A', value: '1', noDelim: false },
      { key: 'B', value: '"x y"', noDelim: false },
    ]);
    expect(only('ENV', 'ENV PATH /usr/bin:/bin').env).toEqual([{ key: 'PATH', value: '/usr/bin:/bin', noDelim: true }]);
  });

  it('LABEL collects pairs; ARG takes names with optional defaults', () => {
    expect(only('LABEL', 'LABEL a=b c=d').labels.map((l) => `${l.key}=${l.value}`)).toEqual(['a=b', 'c=d']);
    expect(only('ARG', 'ARG A B=2 C=').args).toEqual([{ key: 'A' }, { key: 'B', value: '2' }, { key: 'C', value: '' }]);
  });
});

describe('single-argument and list instructions', () => {
  it('WORKDIR, USER, STOPSIGNAL, MAINTAINER take the rest of the line', () => {
    expect(only('WORKDIR', 'WORKDIR /a b').path).toBe('/a b');
    expect(only('USER', 'USER 1000:1000').user).toBe('1000:1000');
    expect(only('STOPSIGNAL', 'STOPSIGNAL SIGQUIT').signal).toBe('SIGQUIT');
    expect(only('MAINTAINER', 'MAINTAINER Jane <j@x>').maintainer).toBe('Jane <j@x>');
  });

  it('EXPOSE sorts its port specs; VOLUME trims its paths', () => {
    expect(only('EXPOSE', 'EXPOSE 8080 443/tcp 53/udp 80').ports).toEqual(['443/tcp', '53/udp', '80', '8080']);
    expect(only('VOLUME', 'VOLUME [" /data "]').volumes).toEqual(['/data']);
  });

  it('ONBUILD stores the trigger text without the ONBUILD keyword', () => {
    expect(only('ONBUILD', '  onbuild   RUN echo "$HOME"').expression).toBe('RUN echo "$HOME"');
  });
});

describe('HEALTHCHECK', () => {
  it('shell form becomes CMD-SHELL, exec form CMD, NONE disables; durations in nanoseconds', () => {
    expect(only('HEALTHCHECK', 'HEALTHCHECK NONE').health.test).toEqual(['NONE']);
    const hc = only('HEALTHCHECK', 'HEALTHCHECK --interval=1m30s --timeout=3s --start-period=0s --start-interval=250ms --retries=5 CMD curl -f http://localhost/');
    expect(hc.health).toEqual({
      test: ['CMD-SHELL', 'curl -f http://localhost/'],
      interval: 90e9,
      timeout: 3e9,
      startPeriod: 0,
      startInterval: 250e6,
      retries: 5,
    });
    expect(only('HEALTHCHECK', 'HEALTHCHECK cmd ["/bin/check", "-q"]').health.test).toEqual(['CMD', '/bin/check', '-q']);
  });

  it('reports Go duration and integer errors verbatim', () => {
    const fail = (flags: string) => () => stages(`FROM a\nHEALTHCHECK ${flags} CMD x\n`);
    expect(fail('--interval=abc')).toThrow('dockerfile parse error on line 2: time: invalid duration "abc"');
    expect(fail('--timeout=5x')).toThrow('time: unknown unit "x" in duration "5x"');
    expect(fail('--start-period=-1s')).toThrow('Interval "start-period" cannot be less than 1ms');
    expect(fail('--start-interval=0.5ms')).toThrow('Interval "start-interval" cannot be less than 1ms');
    expect(fail('--retries=x')).toThrow('strconv.ParseInt: parsing "x": invalid syntax');
    expect(fail('--retries=99999999999')).toThrow('strconv.ParseInt: parsing "99999999999": value out of range');
    expect(fail('--verbose')).toThrow('unknown flag: verbose');
  });

  it('parses and prints Go durations', () => {
    expect(parseGoDuration('1h2m3.5s')).toBe(3723.5e9);
    expect(parseGoDuration('1µs')).toBe(1e3);
    expect(parseGoDuration('-0')).toBe(0);
    expect(formatGoDuration(1e6)).toBe('1ms');
    expect(formatGoDuration(90e9)).toBe('1m30s');
  });
});

describe('suggestions', () => {
  it('suggests the closest instruction within distance 2, in the case typed', () => {
    const names = ['add', 'copy', 'from', 'run', 'workdir'];
    expect(suggest('FOO', names, false)).toBe('FROM');
    expect(suggest('wrokdir', names, false)).toBe('workdir');
    expect(suggest('COPYY', names, false)).toBe('COPY');
    expect(suggest('XYZZY', names, false)).toBeNull();
    expect(suggest('run', names, false)).toBeNull();
  });
});

describe('expansion per instruction', () => {
  const env = expansionEnv(['HOME=/root', 'NAME=env'], new Map([['NAME', 'arg'], ['VER', '1.2'], ['UNSET', undefined]]));

  it('ENV shadows an ARG of the same name; declared ARGs without a value stay unset', () => {
    expect(Object.fromEntries(env)).toEqual({ NAME: 'env', VER: '1.2', HOME: '/root' });
  });

  it('expands ENV, LABEL, ARG, WORKDIR, USER, STOPSIGNAL, VOLUME, EXPOSE, COPY and ADD', () => {
    const cmds = parseStages(
      parseDockerfile(
        'FROM a\nENV P=$HOME/bin Q="$NAME x"\nLABEL v=${VER}\nARG X=$VER\nWORKDIR $HOME/app\nUSER ${NAME}\nSTOPSIGNAL ${SIG:-SIGTERM}\nVOLUME $HOME/data\nEXPOSE $PORTS 9000\nCOPY --chown=$NAME src-${VER} $HOME/\nRUN echo $HOME\n',
      ).ast,
    ).stages[0].commands;
    const e = cmds.map((c) => expandCommand(c, new Map([...env, ['PORTS', '80 443']])));
    expect(e[0]).toMatchObject({ env: [{ key: 'P', value: '/root/bin' }, { key: 'Q', value: 'env x' }] });
    expect(e[1]).toMatchObject({ labels: [{ key: 'v', value: '1.2' }] });
    expect(e[2]).toMatchObject({ args: [{ key: 'X', value: '1.2' }] });
    expect(e[3]).toMatchObject({ path: '/root/app' });
    expect(e[4]).toMatchObject({ user: 'env' });
    expect(e[5]).toMatchObject({ signal: 'SIGTERM' });
    expect(e[6]).toMatchObject({ volumes: ['/root/data'] });
    expect(e[7]).toMatchObject({ ports: ['80', '443', '9000'] });
    expect(e[8]).toMatchObject({ sourcePaths: ['src-1.2'], destPath: '/root/', chown: 'env' });
    expect(e[9]).toEqual(cmds[9]); // RUN is left to the shell
  });

  it('FROM expands only with meta args', () => {
    const { stages: s } = stages('ARG TAG=3.19\nFROM alpine:${TAG}\n');
    expect(expandFrom(s[0], ['TAG=3.19']).baseName).toBe('alpine:3.19');
  });

  it('names the instructions that expand', () => {
    expect([...EXPANDED_INSTRUCTIONS].sort()).toEqual(['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
  });
});
