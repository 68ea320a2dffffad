import { describe, expect, test } from 'vitest';
import { sh } from './fixture.ts';

describe('text coreutils', () => {
  test('head and tail take -n', async () => {
    const r = await sh('seq 1 20 > /tmp/n; head -n 3 /tmp/n; tail -n 2 /tmp/n; tail -n +19 /tmp/n; head -2 /tmp/n');
    expect(r.stdout).toBe('1\n2\n3\n19\n20\n19\n20\n1\n2\n');
  });

  test('wc counts lines, words and bytes', async () => {
    const r = await sh('printf "a b\\nc\\n" | wc -l; printf "a b\\nc\\n" | wc -w; printf "a b\\nc\\n" | wc -c; printf "a b\\nc\\n" > /tmp/f; wc /tmp/f');
    expect(r.stdout).toBe('2\n3\n6\n      2       3       6 /tmp/f\n');
  });

  test('grep with -i -v -n -c, -E and -r; status 1 when nothing matches', async () => {
    const r = await sh('printf "Apple\\nbanana\\ncherry\\n" > /tmp/f; grep an /tmp/f; grep -i apple /tmp/f; grep -v a /tmp/f; grep -n cherry /tmp/f; grep -c a /tmp/f; grep -E "^(A|c)" /tmp/f; grep zzz /tmp/f; echo $?; mkdir /g && echo needle > /g/x && grep -r needle /g');
    expect(r.stdout).toBe('banana\nApple\nApple\ncherry\n3:cherry\n1\nApple\ncherry\n1\n/g/x:needle\n');
  });

  test('sort, uniq, tr and cut', async () => {
    const r = await sh('printf "b\\na\\nb\\nc\\n" | sort | uniq -c; printf "10\\n9\\n" | sort -n; echo hello | tr a-z A-Z; echo a:b:c | cut -d: -f2,3; echo hello | tr -d l');
    expect(r.stdout).toBe('      1 a\n      2 b\n      1 c\n9\n10\nHELLO\nb:c\nheo\n');
  });

  test('xargs passes stdin words as arguments', async () => {
    const r = await sh('printf "a\\nb\\n" | xargs echo got; printf "1 2 3" | xargs -n 1 echo');
    expect(r.stdout).toBe('got a b\n1\n2\n3\n');
  });

  test('basename, dirname and seq', async () => {
    const r = await sh('basename /a/b/c.txt .txt; dirname /a/b/c.txt; seq 3; seq 2 2 6');
    expect(r.stdout).toBe('c\n/a/b\n1\n2\n3\n2\n4\n6\n');
  });

  test('echo -n and -e; printf formats', async () => {
    const r = await sh('echo -n no-newline; echo; echo -e "a\\tb"; printf "%s=%d|%5s|%-3s|%03d\\n" x 42 r l 7; printf "%s\\n" one two');
    expect(r.stdout).toBe('no-newline\na\tb\nx=42|    r|l  |007\none\ntwo\n');
  });

  test('test and [ compare strings, numbers and files', async () => {
    const r = await sh('[ -d /tmp ] && echo dir; [ -f /etc/passwd ] && echo file; [ -e /nope ] || echo missing; test 3 -gt 2 && echo gt; [ "a" = "b" ] || echo ne; [ -z "" ] && echo empty; [ ! -n "" ] && echo not; [ 1 -eq 1 -a 2 -eq 2 ] && echo and; [ x = ; echo $?');
    expect(r.stdout).toBe('dir\nfile\nmissing\ngt\nne\nempty\nnot\nand\n2\n');
  });
});

describe('system coreutils', () => {
  test('id reads /etc/passwd and /etc/group; whoami and hostname', async () => {
    const r = await sh('id; whoami; hostname');
    expect(r.stdout).toBe('uid=0(root) gid=0(root) groups=0(root),1(bin),10(wheel)\nroot\nc0ffee123456\n');
  });

  test('date prints the virtual clock in UTC, with +FORMAT', async () => {
    const r = await sh('date; date +%Y-%m-%dT%H:%M:%S; sleep 65; date +%T');
    expect(r.stdout).toBe('Mon Nov 30 10:04:05 UTC 2026\n2026-11-30T10:04:05\n10:05:10\n');
  });

  test('uname reports a linuxkit kernel', async () => {
    const r = await sh('uname; uname -r; uname -m; uname -a');
    expect(r.stdout).toBe('Linux\n6.10.14-linuxkit\nx86_64\nLinux c0ffee123456 6.10.14-linuxkit #1 SMP PREEMPT_DYNAMIC Thu Oct 24 19:28:55 UTC 2024 x86_64 GNU/Linux\n');
  });

  test('env, printenv, which, type and command -v', async () => {
    const r = await sh('export A=1; env | grep ^A=; printenv A; printenv NOPE; echo $?; which ls; command -v ls; command -v cd; f() { :; }; type f; type echo');
    expect(r.stdout).toBe('A=1\n1\n1\n/bin/ls\n/bin/ls\ncd\nf is a function\necho is a shell builtin\n');
  });

  test('ps lists the processes of the container and kill signals one', async () => {
    const r = await sh('sleep 100 & sleep 1; ps; kill $(ps | grep "sleep 100" | grep -v grep | cut -c1-5); wait; echo waited $?');
    expect(r.stdout).toMatch(/^PID {3}USER {5}TIME {2}COMMAND\n {4}1 root {6}0:00 sh -c .*\n {4}2 root {6}0:00 sleep 100\n {4}4 root {6}0:00 ps\n/);
    expect(r.stdout).toMatch(/waited 143\n$/);
  });

  test('clear writes the erase-screen escape', async () => {
    const r = await sh('clear');
    expect(r.stdout).toBe('\x1b[H\x1b[2J');
  });

  test('an unknown option is reported', async () => {
    const r = await sh('ls -Z /');
    expect(r).toMatchObject({ status: 1, stderr: 'ls: unrecognized option: Z\n' });
  });
});
