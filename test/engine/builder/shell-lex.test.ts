// The shell lexer against BuildKit's own tables: envVarTest (ported from moby/buildkit,
// Windows-only lines skipped), the ProcessWithMatches and mandatory-variable cases of
// lex_test.go, and the word-splitting table of wordsTest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errdefs.ts';
import { ShellLex } from '../../../src/engine/builder/shell-lex/lex.ts';
import { reversePattern } from '../../../src/engine/builder/shell-lex/pattern.ts';

const lex = new ShellLex();
const expand = (word: string, env: Record<string, string> | string[]) => lex.processWord(word, env).result;
const failure = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('envVarTest: ProcessWord with PWD=/home SHELL=bash KOREAN=한국어 NULL=', () => {
  const env = ['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL='];
  const lines = readFileSync(join(import.meta.dirname, 'shell-lex-cases', 'envVarTest'), 'utf8').split('\n');
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [platform, source, expected] = line.split('|').map((s) => s.trim());
    if (platform === 'W') continue;
    it(`${source} expands to ${expected === 'error' ? 'an error' : JSON.stringify(expected)}`, () => {
      if (expected === 'error') expect(() => lex.processWord(source, env)).toThrow(EngineError);
      else expect(lex.processWord(source, env).result).toBe(expected);
    });
  }
});

describe('modifiers (lex_test.go ProcessWithMatches)', () => {
  const cases: [string, Record<string, string>, string | null, string[]?, string[]?][] = [
    ['x', { DUMMY: 'dummy' }, 'x', [], []],
    ['x ${UNUSED}', { DUMMY: 'dummy' }, 'x ', [], ['UNUSED']],
    ['x ${FOO}', { FOO: 'y' }, 'x y', ['FOO'], []],
    ['${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', { FOO: 'xxx', BAR: '' }, 'xxx  ccc', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', { FOO: 'xxx', BAR: '' }, 'xxx bbb ccc', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO:-}', { FOO: 'xxx', BAR: '' }, 'xxx', ['FOO'], []],
    ['${FOO:-}', {}, '', [], ['FOO']],
    ['${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}', { FOO: 'xxx', BAR: '' }, 'aaa bbb ', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', { FOO: 'xxx', BAR: '' }, 'aaa  ', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO?aaa}', { FOO: 'xxx', BAR: '' }, 'xxx'],
    ['${BAR?bbb}', { FOO: 'xxx', BAR: '' }, ''],
    ['${BAZ?ccc}', { FOO: 'xxx', BAR: '' }, null],
    ['${FOO:?aaa}', { FOO: 'xxx', BAR: '' }, 'xxx'],
    ['${BAR:?bbb}', { FOO: 'xxx', BAR: '' }, null],
    ['${BAZ:?ccc}', { FOO: 'xxx', BAR: '' }, null],
    ['${BAZ:?}', { FOO: 'xxx', BAR: '' }, null],
    ['${FOO=aaa}', { FOO: 'xxx', BAR: '' }, null],
    ['${FOO=:aaa}', { FOO: 'xxx', BAR: '' }, null],
    ['${FOO=}', {}, null],
    ['${FOO#()[]{\\}^$.\\*\\?|\\\\}', { FOO: '()[]{}^$.*?|\\x' }, 'x'],
    ['${FOO%%\\**}', { FOO: 'xx**' }, 'xx'],
    ['${FOO#*x*y}', { FOO: 'xxyy' }, 'y'],
    ['${FOO#*}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO#$BAR}', { FOO: 'xxyy', BAR: 'x' }, 'xyy'],
    ['${FOO#$BAR}', { FOO: 'xxyy', BAR: '' }, 'xxyy'],
    ['${FOO#}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO##*x}', { FOO: 'xxyy' }, 'yy'],
    ['${FOO##}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO#?\\?}', { FOO: '???y' }, '?y'],
    ['${ABC:-.}${FOO%x}${ABC:-.}', { FOO: 'xxyy' }, '.xxyy.'],
    ['${FOO%%\\**\\*}', { FOO: 'a***yy*' }, 'a'],
    ['${FOO%}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO%%$BAR}', { FOO: 'xxyy', BAR: '' }, 'xxyy'],
    ['${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}', { FOO: '/foo*/*/*.txt', NEEDLE: '\\*/' }, '/foo.*/*.txt - /foo..*.txt'],
    ['${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}', { FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp' }, '/tmp/bar.txt - /bar.txt'],
    ['${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}', { FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/' }, '/foo/b/c.txt - /foo/c.txt'],
    ['${FOO/$NEEDLE/$REPLACEMENT}', { FOO: 'http://google.de', NEEDLE: 'http://', REPLACEMENT: 'https://' }, 'https://google.de'],
    ['${FOO//\\//\\/}', { FOO: '/tmp/foo.txt' }, '\\/tmp\\/foo.txt'],
    ['${FOO/$BAR/ww}', { FOO: 'xxyy', BAR: '' }, 'wwxxyy'],
    ['${FOO//ww}', { FOO: 'xxyy' }, null],
    ['${FOO//}', { FOO: 'xxyy' }, null],
    ['${FOO///}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO///}', {}, ''],
  ];
  for (const [input, env, expected, matched, unmatched] of cases) {
    it(`${input} with ${JSON.stringify(env)} gives ${expected === null ? 'an error' : JSON.stringify(expected)}`, () => {
      if (expected === null) {
        expect(() => lex.processWord(input, env)).toThrow(EngineError);
        return;
      }
      const r = lex.processWord(input, env);
      expect(r.result).toBe(expected);
      if (matched) expect([...r.matched].sort()).toEqual([...matched].sort());
      if (unmatched) expect([...r.unmatched].sort()).toEqual([...unmatched].sort());
    });
  }

  it('builds release file names with nested :+ (TestProcessWithMatchesPlatform)', () => {
    const release = 'something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz';
    const env = { VERSION: 'v1.2.3', TARGETOS: 'linux', TARGETARCH: 'arm', TARGETVARIANT: 'v7' };
    expect(expand(release, env)).toBe('something-v1.2.3.linux-arm-v7.tar.gz');
    expect(expand(release, { ...env, TARGETARCH: 'amd64', TARGETVARIANT: '' })).toBe('something-v1.2.3.linux-amd64.tar.gz');
  });

  it('${VAR:?msg} and ${VAR?msg} expand msg and report it (TestShellParserMandatoryEnvVars)', () => {
    const noEmpty = '${VAR:?message here$ARG}';
    const noUnset = '${VAR?message here$ARG}';
    expect(expand(noEmpty, ['VAR=plain', 'ARG=x'])).toBe('plain');
    expect(failure(() => expand(noEmpty, ['VAR=', 'ARG=x']))).toContain('VAR: message herex');
    expect(failure(() => expand(noEmpty, ['ARG=x']))).toContain('VAR: message herex');
    expect(expand(noUnset, ['VAR=plain', 'ARG=x'])).toBe('plain');
    expect(expand(noUnset, ['VAR=', 'ARG=x'])).toBe('');
    expect(failure(() => expand(noUnset, ['ARG=x']))).toContain('VAR: message herex');
  });

  it('a later duplicate in the env list wins, a bare name is set but empty (TestGetEnv)', () => {
    expect(expand('$car', ['foo=bar', 'car=hat', 'car=bike'])).toBe('bike');
    expect(expand('${foo-unset}', ['foo'])).toBe('');
  });
});

describe('error messages', () => {
  const cases: [string, string][] = [
    ['he${}', 'failed to process "he${}": syntax error: bad substitution'],
    ['${:-x}', 'failed to process "${:-x}": syntax error: bad substitution'],
    // BuildKit's code (not its docs): EOF right after the name is an unsupported modifier, printed as U+FFFD.
    ['he${PWD', 'failed to process "he${PWD": unsupported modifier (\uFFFD) in substitution'],
    ['${', 'failed to process "${": syntax error: missing \'}\''],
    ['${a:-b', 'failed to process "${a:-b": syntax error: missing \'}\''],
    ['${a:=x}', 'failed to process "${a:=x}": unsupported modifier (:=) in substitution'],
    ['${a=x}', 'failed to process "${a=x}": unsupported modifier (=) in substitution'],
    ['${a.}', 'failed to process "${a.}": unsupported modifier (.) in substitution'],
    ['${a/x', 'failed to process "${a/x": syntax error: missing \'/\' in ${}'],
    ["it's", 'failed to process "it\'s": unexpected end of statement while looking for matching single-quote'],
    ['"open', 'failed to process "\\"open": unexpected end of statement while looking for matching double-quote'],
    ['${UNSET?}', 'failed to process "${UNSET?}": UNSET: is not allowed to be unset'],
    ['${EMPTY:?}', 'failed to process "${EMPTY:?}": EMPTY: is not allowed to be empty'],
    ['${V#\\x}', 'failed to process "${V#\\\\x}": invalid pattern (\\x) in substitution: invalid escape \'\\x\''],
  ];
  for (const [input, message] of cases) {
    it(`${input} fails with: ${message}`, () => {
      expect(failure(() => expand(input, { EMPTY: '', V: 'v' }))).toBe(message);
    });
  }
});

describe('quotes and the escape token', () => {
  it('a backtick escape token escapes like a backslash and leaves backslashes literal', () => {
    const tick = new ShellLex({ escapeToken: '`' });
    expect(tick.processWord('c:\\path`$HOME', { HOME: '/h' }).result).toBe('c:\\path$HOME');
    expect(tick.processWord('"a`"b"', {}).result).toBe('a"b');
  });

  it('skipUnsetEnv leaves unset references as written (heredoc names, BuildKit lint)', () => {
    const keep = new ShellLex({ skipUnsetEnv: true });
    expect(keep.processWord('$A ${B} ${C:-x} ${D/a/b} $E', { E: 'e' }).result).toBe('$A ${B} ${C:-x} ${D/a/b} e');
  });

  it('rawQuotes and rawEscapes keep quotes and escape tokens in the result', () => {
    expect(new ShellLex({ rawQuotes: true }).processWord(`'a'"b"`, {}).result).toBe(`'a'"b"`);
    expect(new ShellLex({ rawEscapes: true }).processWord('a\\ b', {}).result).toBe('a\\ b');
  });

  it('reversePattern keeps escape pairs in order (TestReversePattern)', () => {
    expect(reversePattern('a\\*c')).toBe('c\\*a');
    expect(reversePattern('\\\\\\ab')).toBe('b\\a\\\\');
    expect(reversePattern('ab\\')).toBe('\\ba');
    expect(reversePattern('\\\\b')).toBe('b\\\\');
  });

  it('// treats a $ surviving expansion as a Go template: $0 is the match, $$ a dollar', () => {
    expect(expand('${V//b/[$R]}', { V: 'abcb', R: '$0' })).toBe('a[b]c[b]');
    expect(expand('${V//b/$R}', { V: 'abc', R: '$$' })).toBe('a$c');
    expect(expand('${V//b/$R}', { V: 'abc', R: '$x' })).toBe('ac');
    expect(expand('${V/b/$R}', { V: 'abc', R: '$0' })).toBe('a$0c');
  });

  it('wildcards do not match newlines, as Go regexp', () => {
    expect(expand('${V#*b}', { V: 'a\nb' })).toBe('a\nb');
    expect(expand('${V%%b*}', { V: 'xb\nyb' })).toBe('xb\ny');
  });
});

describe('wordsTest: ProcessWords splits unquoted expansion results', () => {
  const env: string[] = [];
  const table: [string, string[] | 'error', string?][] = [
    ['hello', ['hello']],
    ['hello${hi}bye', ['hellobye']],
    ['hello${hi}bye', ['hellohibye'], 'hi=hi'],
    ['hello${space}bye', ['helloabc', 'defbye'], 'space=abc  def'],
    ['hello"${space}"bye', ['helloabc  defbye']],
    ['hello "${space}"bye', ['hello', 'abc  defbye']],
    ['hello${leading}def', ['hello', 'ab', 'cdef'], 'leading=  ab c'],
    ['hello"${leading}" def', ['hello  ab c', 'def']],
    ['hello"${leading}"', ['hello  ab c']],
    ['hello${leading}', ['hello', 'ab', 'c']],
    ['hello${trailing}', ['helloab', 'c'], 'trailing=ab c   '],
    ['hello${trailing}d', ['helloab', 'c', 'd']],
    ['hello"${trailing}"d', ['helloab c   d']],
    ['hel"lo${trailing}"', ['helloab c   ']],
    ['hello" there  "', ['hello there  ']],
    ['hello there     ', ['hello', 'there']],
    ['hello\\ there', ['hello there']],
    ['hello" there', 'error'],
    ['hello\\" there', ['hello"', 'there']],
    ['hello"\\\\there"', ['hello\\there']],
    ['hello"\\there"', ['hello\\there']],
    ["hello'\\\\there'", ['hello\\\\there']],
    ["hello'\\there'", ['hello\\there']],
    ["hello'$there'", ['hello$there']],
  ];
  for (const [input, expected, setEnv] of table) {
    it(`${input}${setEnv ? ` after ENV ${setEnv}` : ''} gives ${JSON.stringify(expected)}`, () => {
      if (setEnv) env.push(setEnv);
      if (expected === 'error') expect(() => lex.processWords(input, env)).toThrow(EngineError);
      else expect(lex.processWords(input, env)).toEqual(expected);
    });
  }
});

describe('blow-up guards', () => {
  it('nesting deeper than 100 ${...} levels is an error', () => {
    const deep = '${a:-'.repeat(101) + 'x' + '}'.repeat(101);
    expect(failure(() => expand(deep, {}))).toBe(`failed to process "${deep}": substitution nested deeper than 100 levels`);
    const ok = '${a:-'.repeat(100) + 'x' + '}'.repeat(100);
    expect(expand(ok, {})).toBe('x');
  });

  it('a result larger than 1 MB is an error', () => {
    const big = 'x'.repeat(600_000);
    expect(failure(() => expand('$B$B', { B: big }))).toContain('expansion result larger than 1048576 bytes');
    expect(failure(() => expand('${B//x/yy}', { B: big }))).toContain('expansion result larger than 1048576 bytes');
  });

  it('patterns that would backtrack exponentially in a JS RegExp finish quickly', () => {
    const v = 'a'.repeat(20_000);
    const started = performance.now();
    expect(expand('${V#*a*a*a*a*a*a*a*a*b}', { V: v })).toBe(v);
    expect(expand('${V//*a*a*a*b/x}', { V: v.slice(0, 2000) })).toBe(v.slice(0, 2000));
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('replacing every character of a 100 kB value is linear for literal patterns', () => {
    expect(expand('${V//a/b}', { V: 'a'.repeat(100_000) })).toBe('b'.repeat(100_000));
  });
});
