import { describe, expect, test } from 'vitest';
import { sh } from './fixture.ts';

describe('pipes and redirections', () => {
  test('a pipeline passes output along and returns the last stage status', async () => {
    const r = await sh('printf "b\\na\\nc\\n" | sort | head -n 2; echo x | false; echo $?');
    expect(r.stdout).toBe('a\nb\n1\n');
  });

  test('> creates, >> appends and < reads a file', async () => {
    const r = await sh('echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f; wc -l < /tmp/f');
    expect(r.stdout).toBe('one\ntwo\n2\n');
    expect(r.fs.readText('/tmp/f')).toBe('one\ntwo\n');
  });

  test('2>&1 >file sends stderr to the old stdout; >file 2>&1 sends both to the file', async () => {
    const a = await sh('cat /nope 2>&1 >/tmp/out');
    expect(a.stdout).toBe("cat: can't open '/nope': No such file or directory\n");
    expect(a.fs.readText('/tmp/out')).toBe('');
    const b = await sh('cat /nope >/tmp/out 2>&1');
    expect(b.stdout).toBe('');
    expect(b.fs.readText('/tmp/out')).toBe("cat: can't open '/nope': No such file or directory\n");
  });

  test('>&2 writes to stderr; /dev/null discards; /dev/stderr is the shell stderr', async () => {
    const r = await sh('echo err >&2; echo gone >/dev/null; echo also >/dev/stderr');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('err\nalso\n');
  });

  test('a redirection into a missing directory fails the command only', async () => {
    const r = await sh('echo x > /no/such/file; echo $?');
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toBe("sh: can't create /no/such/file: nonexistent directory\n");
  });

  test('here-documents expand unless the delimiter is quoted; <<- strips tabs', async () => {
    const r = await sh('N=world\ncat <<EOF\nhello $N $(echo sub)\nEOF\ncat <<\'EOF\'\nkeep $N\nEOF\ncat <<-END\n\t\tindented\n\tEND\n');
    expect(r.stdout).toBe('hello world sub\nkeep $N\nindented\n');
  });
});

describe('expansion', () => {
  test('command substitution with $(…) and backticks strips trailing newlines', async () => {
    const r = await sh('a=$(echo hi; echo there); b=`echo x`; echo "[$a] [$b]"');
    expect(r.stdout).toBe('[hi\nthere] [x]\n');
  });

  test('arithmetic expansion', async () => {
    const r = await sh('i=3; echo $((i * 2 + 1)) $(( (1+2) << 2 )) $((10 / 3)) $((10 % 3)) $((i > 2 ? 100 : 200)); : $((i += 1)); echo $i');
    expect(r.stdout).toBe('7 12 3 1 100\n4\n');
  });

  test('${VAR:-x} and friends', async () => {
    const r = await sh('e=; s=set; echo "${u:-d1} ${e:-d2} ${e-d3} ${s:+alt} ${u:+alt}|${#s}"; : ${n:=new}; echo $n; p=/a/b/c.tar.gz; echo ${p##*/} ${p%.*} ${p%%.*} ${p#/a}');
    expect(r.stdout).toBe('d1 d2  alt |3\nnew\nc.tar.gz /a/b/c.tar /a/b/c /b/c.tar.gz\n');
  });

  test('pattern removal inside double quotes still matches globs', async () => {
    const r = await sh('P=/a:/b:/c; echo "${P%%:*}" "${P#*:}"');
    expect(r.stdout).toBe('/a /b:/c\n');
  });

  test('${VAR:?msg} stops a script with the message', async () => {
    const r = await sh('echo ${NOPE:?is required}; echo unreachable');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('sh: NOPE: is required\n');
    expect(r.stdout).toBe('');
  });

  test('unquoted expansions are split into fields, quoted ones are not', async () => {
    const r = await sh('v="a  b c"; for w in $v; do echo "<$w>"; done; for w in "$v"; do echo "<$w>"; done');
    expect(r.stdout).toBe('<a>\n<b>\n<c>\n<a  b c>\n');
  });

  test('"$@" keeps each argument; $* joins them', async () => {
    const r = await sh('set -- "a b" c; for x in "$@"; do echo "[$x]"; done; echo "$*" $#');
    expect(r.stdout).toBe('[a b]\n[c]\na b c 2\n');
  });

  test('globs match files in sorted order and stay literal when nothing matches', async () => {
    const r = await sh('cd /tmp && touch b.txt a.txt c.log .hidden && echo *.txt; echo ?.log; echo [ab].txt; echo *.none; echo "*.txt"');
    expect(r.stdout).toBe('a.txt b.txt\nc.log\na.txt b.txt\n*.none\n*.txt\n');
  });

  test('$$ is the shell pid and ~ is HOME', async () => {
    const r = await sh('echo $$ ~ ~/x');
    expect(r.stdout).toBe('1 /root /root/x\n');
  });
});

describe('control flow', () => {
  test('if/elif/else', async () => {
    const r = await sh('for n in 1 2 3; do if [ $n = 1 ]; then echo one; elif [ $n -eq 2 ]; then echo two; else echo many; fi; done');
    expect(r.stdout).toBe('one\ntwo\nmany\n');
  });

  test('while and until loops with break and continue', async () => {
    const r = await sh('i=0; while [ $i -lt 10 ]; do i=$((i+1)); [ $i = 2 ] && continue; [ $i = 5 ] && break; echo $i; done; until [ $i = 0 ]; do i=$((i-1)); done; echo end $i');
    expect(r.stdout).toBe('1\n3\n4\nend 0\n');
  });

  test('case matches patterns with alternatives and wildcards', async () => {
    const r = await sh('for f in a.txt b.png c; do case $f in *.txt|*.md) echo text;; *.png) echo image;; *) echo other;; esac; done');
    expect(r.stdout).toBe('text\nimage\nother\n');
  });

  test('functions take arguments, return a status and see local variables revert', async () => {
    const r = await sh('x=outer; f() { local x=inner; echo "$1 $x $#"; return 3; }; f a b; echo $? $x');
    expect(r.stdout).toBe('a inner 2\n3 outer\n');
  });

  test('VAR=x cmd sets VAR for cmd only', async () => {
    const r = await sh('FOO=temp sh -c \'echo $FOO\'; echo "[$FOO]"; BAR=kept; echo $BAR');
    expect(r.stdout).toBe('temp\n[]\nkept\n');
  });

  test('export passes variables to children; unset removes them', async () => {
    const r = await sh('A=1; export A; B=2; sh -c \'echo $A-$B\'; unset A; sh -c \'echo [$A]\'');
    expect(r.stdout).toBe('1-\n[]\n');
  });

  test('set -e stops at the first failing command but not in conditions', async () => {
    const r = await sh('set -e; if false; then :; fi; false || true; echo still; false; echo never');
    expect(r).toMatchObject({ status: 1, stdout: 'still\n' });
  });

  test('set -x traces commands to stderr', async () => {
    const r = await sh('set -x; echo "a b" c');
    expect(r.stderr).toBe("+ echo 'a b' c\n");
  });

  test('subshells keep their changes to themselves', async () => {
    const r = await sh('x=1; (x=2; cd /tmp; echo $x $PWD); echo $x $PWD');
    expect(r.stdout).toBe('2 /tmp\n1 /\n');
  });

  test('eval runs constructed source; read splits a line into variables', async () => {
    const r = await sh('cmd="echo evaluated"; eval $cmd; printf "one two three\\n" | { read a b; echo "$a|$b"; }');
    expect(r.stdout).toBe('evaluated\none|two three\n');
  });

  test('while read loops over the lines of a pipe', async () => {
    const r = await sh('printf "x\\ny\\n" | while read line; do echo "got $line"; done');
    expect(r.stdout).toBe('got x\ngot y\n');
  });

  test('. runs a file in the current shell', async () => {
    const r = await sh('echo "V=sourced; g() { echo fn; }" > /tmp/lib.sh; . /tmp/lib.sh; echo $V; g');
    expect(r.stdout).toBe('sourced\nfn\n');
  });
});
