// Parser behaviour beyond the dump format: heredoc bodies, warnings, line numbers,
// directives, comments, original text and the parser-level limits.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { parseDockerfile, classicWarningLines } from '../../../src/engine/builder/parser/parser.ts';
import { chompHeredocContent, heredocsFromLine, parseHeredoc } from '../../../src/engine/builder/parser/heredoc.ts';
import { splitCommand } from '../../../src/engine/builder/parser/split-command.ts';
import { parseWords } from '../../../src/engine/builder/parser/words.ts';
import { goQuote } from '../../../src/engine/builder/parser/go-quote.ts';

const errorOf = (fn: () => unknown): EngineError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected an EngineError');
};

describe('heredocs (BuildKit TestParseExtractsHeredoc)', () => {
  const dockerfile = `
FROM alpine:3.6

ENV NAME=me

RUN ls

USER <<INVALID
INVALID

RUN <<EMPTY
EMPTY

RUN 3<<EMPTY2
EMPTY2

RUN "<<NOHEREDOC"

RUN <<INDENT
\tfoo
\tbar
INDENT

RUN <<-UNINDENT
\tbaz
\tquux
UNINDENT

RUN <<-UNINDENT2
\tbaz
\tquux
\tUNINDENT2

RUN <<-EXPAND
\texpand $NAME
EXPAND

RUN <<-'NOEXPAND'
\tdon't expand $NAME
NOEXPAND

RUN <<COPY
echo hello world
echo foo bar
COPY

RUN <<COMMENT
# internal comment
echo hello world
echo foo bar # trailing comment
COMMENT

RUN --mount=type=cache,target=/foo <<MOUNT
echo hello
MOUNT

COPY <<FILE1 <<FILE2 /dest
content 1
FILE1
content 2
FILE2

COPY <<X <<Y /dest
Y
X
X
Y
\t`;
  const doc = (name: string, content: string, extra: Partial<{ expand: boolean; chomp: boolean; fileDescriptor: number }> = {}) => ({
    name,
    content,
    expand: true,
    chomp: false,
    fileDescriptor: 0,
    ...extra,
  });
  const expected = [
    [], // ENV
    [], // RUN ls
    [], // USER <<INVALID: USER cannot take heredocs
    [], // INVALID (an unknown instruction)
    [doc('EMPTY', '')],
    [doc('EMPTY2', '', { fileDescriptor: 3 })],
    [], // RUN "<<NOHEREDOC"
    [doc('INDENT', '\tfoo\n\tbar\n')],
    [doc('UNINDENT', '\tbaz\n\tquux\n', { chomp: true })],
    [doc('UNINDENT2', '\tbaz\n\tquux\n', { chomp: true })],
    [doc('EXPAND', '\texpand $NAME\n', { chomp: true })],
    [doc('NOEXPAND', "\tdon't expand $NAME\n", { chomp: true, expand: false })],
    [doc('COPY', 'echo hello world\necho foo bar\n')],
    [doc('COMMENT', '# internal comment\necho hello world\necho foo bar # trailing comment\n')],
    [doc('MOUNT', 'echo hello\n')],
    [doc('FILE1', 'content 1\n'), doc('FILE2', 'content 2\n')],
    [doc('X', 'Y\n'), doc('Y', 'X\n')],
  ];
  const { ast } = parseDockerfile(dockerfile);
  expected.forEach((heredocs, i) => {
    it(`instruction ${i + 2} (${ast.children[i + 1].original}) has ${heredocs.length} heredoc(s)`, () => {
      expect(ast.children[i + 1].heredocs).toEqual(heredocs);
    });
  });

  it('exec-form RUN never reads heredocs (TestParseJSONHeredoc)', () => {
    const { ast } = parseDockerfile('FROM alpine:3.6\n\nRUN ["whoami"]\nRUN ["<<EOF"]\nRUN ["<<\'EOF\'"]\n');
    for (const child of ast.children.slice(1)) expect(child.heredocs).toEqual([]);
    expect(ast.children.length).toBe(4);
  });

  it('ONBUILD RUN reads its heredoc, other instructions do not', () => {
    const { ast } = parseDockerfile('FROM a\nONBUILD RUN <<EOF\necho x\nEOF\nLABEL a=<<EOF\n');
    expect(ast.children[1].heredocs).toEqual([doc('EOF', 'echo x\n')]);
    expect(ast.children[2].original).toBe('LABEL a=<<EOF');
  });

  it('heredoc bodies keep CRLF line endings and the terminator may end in CR', () => {
    const { ast } = parseDockerfile('FROM a\r\nRUN <<EOF\r\nline\r\nEOF\r\nRUN next\r\n');
    expect(ast.children[1].heredocs[0].content).toBe('line\r\n');
    expect(ast.children[2].original).toBe('RUN next');
  });

  it('the line numbers of a heredoc instruction span its body', () => {
    const { ast } = parseDockerfile('FROM a\nRUN <<EOF\n1\n2\nEOF\nRUN x\n');
    expect([ast.children[1].startLine, ast.children[1].endLine]).toEqual([2, 5]);
    expect(ast.children[2].startLine).toBe(6);
  });

  it('valid, invalid and non-heredoc words (TestParseHeredocHelpers)', () => {
    for (const src of ['<<EOF', "<<'EOF'", '<<"EOF"', '<<-EOF', "<<-'EOF'", '<<-"EOF"']) expect(parseHeredoc(src)?.name).toBe('EOF');
    for (const src of ["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"']) expect(() => parseHeredoc(src)).toThrow(EngineError);
    for (const src of ['', 'EOF', '<<', '<<-', '<EOF', '<<<EOF']) expect(parseHeredoc(src)).toBeNull();
  });

  it('finds every heredoc on a line (TestHeredocsFromLine)', () => {
    const names = (line: string) => heredocsFromLine(line).map((h) => h.name);
    expect(names('RUN <<EOF')).toEqual(['EOF']);
    expect(names('RUN <<-EOF')).toEqual(['EOF']);
    expect(names("RUN <<'EOF'")).toEqual(['EOF']);
    expect(names('RUN 4<<EOF')).toEqual(['EOF']);
    expect(names('RUN <<EOF <<EOF2')).toEqual(['EOF', 'EOF2']);
    expect(names("RUN '<<EOF'")).toEqual([]);
    expect(names('RUN "<<EOF"')).toEqual([]);
  });

  it('chomping removes leading tabs from every body line (TestHeredocChomp)', () => {
    expect(chompHeredocContent('\thello\n\tworld\n')).toBe('hello\nworld\n');
  });
});

describe('warnings', () => {
  it('warns once per instruction with empty continuation lines (TestParseWarnsOnEmptyContinutationLine)', () => {
    const dockerfile = `
FROM alpine:3.6

RUN valid \\
    continuation

RUN something \\

    following \\

    more

RUN another \\

    thing

RUN non-indented \\
# this is a comment
   after-comment

RUN indented \\
    # this is an indented comment
    comment
\t`;
    const { warnings } = parseDockerfile(dockerfile);
    expect(warnings.map((w) => w.short)).toEqual([
      'Empty continuation line found in: RUN something     following     more',
      'Empty continuation line found in: RUN another     thing',
    ]);
    expect(warnings[0].detail).toBe('Empty continuation lines will become errors in a future release');
    expect(classicWarningLines(warnings)).toEqual([
      '[WARNING]: Empty continuation line found in: RUN something     following     more',
      '[WARNING]: Empty continuation line found in: RUN another     thing',
      '[WARNING]: Empty continuation lines will become errors in a future release.',
    ]);
  });
});

describe('lines, comments and directives', () => {
  it('reports start and end lines of each instruction (TestParseIncludesLineNumbers)', () => {
    const text = `# ESCAPE=\\



FROM brimstone/ubuntu:14.04


# TORUN -v /tmp/podman.sock:/tmp/podman.sock


ENV GOPATH \\
/go



# Install the packages we need, clean up after them and us
RUN apt-get update \\
\t&& dpkg -l | awk '/^ii/ {print $2}' > /tmp/dpkg.clean \\


    && apt-get install -y --no-install-recommends git golang ca-certificates \\
    && apt-get clean \\
    && rm -rf /var/lib/apt/lists \\

\t&& go get -v github.com/brimstone/consuldock \\
    && mv $GOPATH/bin/consuldock /usr/local/bin/consuldock \\

\t&& dpkg -l | awk '/^ii/ {print $2}' > /tmp/dpkg.dirty \\
\t&& apt-get remove --purge -y $(diff /tmp/dpkg.clean /tmp/dpkg.dirty | awk '/^>/ {print $2}') \\
\t&& rm /tmp/dpkg.* \\
\t&& rm -rf $GOPATH




`;
    const { ast } = parseDockerfile(text);
    expect([ast.startLine, ast.endLine]).toEqual([5, 31]);
    expect(ast.children.map((c) => [c.startLine, c.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
  });

  it('keeps the original text of each instruction, continuation lines joined', () => {
    const { ast } = parseDockerfile('FROM a\n  RUN echo \\\n   hi # not a comment\n');
    expect(ast.children[1].original).toBe('RUN echo    hi # not a comment');
    expect(ast.children[1].value).toBe('RUN');
  });

  it('keeps the instruction name as written and dumps it lowercased', () => {
    expect(parseDockerfile('from a\nRuN x\n').ast.children.map((c) => c.value)).toEqual(['from', 'RuN']);
  });

  it('records the comments directly above an instruction; a bare # resets them', () => {
    const { ast } = parseDockerfile('# first\n# second\nFROM a\n# dropped\n#\n# kept\nRUN x\n');
    expect(ast.children[0].prevComment).toEqual(['first', 'second']);
    expect(ast.children[1].prevComment).toEqual(['kept']);
  });

  it('returns the directives with their lines and the escape token', () => {
    const r = parseDockerfile('# syntax=docker/dockerfile:1.7\n# check=skip=JSONArgsRecommended\n# escape=`\nFROM a\n');
    expect(r.directives).toEqual([
      { name: 'syntax', value: 'docker/dockerfile:1.7', line: 1 },
      { name: 'check', value: 'skip=JSONArgsRecommended', line: 2 },
      { name: 'escape', value: '`', line: 3 },
    ]);
    expect(r.escapeToken).toBe('`');
  });

  it('a blank line ends the directives', () => {
    const r = parseDockerfile('# syntax=x\n\n# escape=`\nFROM a\nRUN a \\\nb\n');
    expect(r.directives.map((d) => d.name)).toEqual(['syntax']);
    expect(r.ast.children[1].original).toBe('RUN a b');
  });
});

describe('parser-level errors', () => {
  it('an empty (0-byte) Dockerfile cannot be built', () => {
    expect(errorOf(() => parseDockerfile('')).message).toBe('the Dockerfile (Dockerfile) cannot be empty');
    expect(errorOf(() => parseDockerfile('', { name: 'app.Dockerfile' })).message).toBe('the Dockerfile (app.Dockerfile) cannot be empty');
  });

  it('a line over 65535 bytes is refused (TestParseReturnsScannerErrors)', () => {
    const label = 'a'.repeat(65536);
    const e = errorOf(() => parseDockerfile(`\n\t\tFROM image\n\t\tLABEL test=${label}\n`));
    expect(e.message).toBe('failed to parse Dockerfile: dockerfile line greater than max allowed size of 65535');
    expect(e.kind).toBe('InvalidParameter');
  });

  it('a line of exactly 65535 bytes (multi-byte characters counted in UTF-8) is accepted', () => {
    const value = 'é'.repeat((65535 - 'LABEL a='.length - 1) / 2) + 'x';
    expect(parseDockerfile(`FROM a\nLABEL a=${value}\n`).ast.children.length).toBe(2);
    expect(() => parseDockerfile(`FROM a\nLABEL a=${value}é\n`)).toThrow('dockerfile line greater than max allowed size of 65535');
  });

  it('errors carry the line range of the failing instruction', () => {
    const e = errorOf(() => parseDockerfile('FROM a\nENV \\\n  PATH\n'));
    expect(e.message).toBe('failed to parse Dockerfile: ENV must have two arguments');
    expect(e.data).toMatchObject({ inner: 'ENV must have two arguments', startLine: 2, endLine: 3 });
  });
});

describe('building blocks', () => {
  it('splitCommand separates the name, the leading flags and the rest', () => {
    expect(splitCommand('  COPY --from=a   --chown="u g" src dst  ')).toEqual({ cmd: 'COPY', flags: ['--from=a', '--chown=u g'], args: 'src dst' });
    expect(splitCommand('RUN -- --x')).toEqual({ cmd: 'RUN', flags: [], args: '--x' });
    expect(splitCommand('RUN --a -b')).toEqual({ cmd: 'RUN', flags: ['--a'], args: '-b' });
    expect(splitCommand('ONLY')).toEqual({ cmd: 'ONLY', flags: [], args: '' });
  });

  it('parseWords keeps quotes and escapes in words (TestParseWords)', () => {
    expect(parseWords('foo', '\\')).toEqual(['foo']);
    expect(parseWords('foo bar', '\\')).toEqual(['foo', 'bar']);
    expect(parseWords('foo\\ bar', '\\')).toEqual(['foo\\ bar']);
    expect(parseWords('foo=bar', '\\')).toEqual(['foo=bar']);
    expect(parseWords("foo bar 'abc xyz'", '\\')).toEqual(['foo', 'bar', "'abc xyz'"]);
    expect(parseWords('foo bar "abc xyz"', '\\')).toEqual(['foo', 'bar', '"abc xyz"']);
    expect(parseWords('àöû', '\\')).toEqual(['àöû']);
    expect(parseWords('föo bàr "âbc xÿz"', '\\')).toEqual(['föo', 'bàr', '"âbc xÿz"']);
  });

  it('goQuote quotes as Go strconv.Quote', () => {
    expect(goQuote('a"b\\c\n\t\x00é☃\u200b')).toBe('"a\\"b\\\\c\\n\\t\\x00é☃\\u200b"');
  });
});
