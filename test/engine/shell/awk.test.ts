import { describe, expect, test } from 'vitest';
import { sh } from './fixture.ts';

describe('awk', () => {
  test('prints fields, with -F and NR/NF, and a pattern selects records', async () => {
    const r = await sh(`printf 'a b c\\nd e\\n' | awk '{ print NR": "$2, NF }'; printf 'root:x:0\\nbin:x:1\\n' | awk -F: '$3 > 0 { print $1 }'`);
    expect(r.stdout).toBe('1: b 3\n2: e 2\nbin\n');
  });

  test('BEGIN/END, arrays, for-in, printf and string functions', async () => {
    const r = await sh(`printf 'x 1\\ny 2\\nx 3\\n' | awk '{ sum[$1] += $2 } END { n = 0; for (k in sum) n++; printf "%d keys, x=%s, %5.2f|%-3s|\\n", n, sum["x"], 3.14159, "ab"; print toupper(substr("hello", 2, 3)), length("four"), index("abc", "c") }'`);
    expect(r.stdout).toBe('2 keys, x=4,  3.14|ab |\nELL 4 3\n');
  });

  test("ENVIRON with a regex match in a ternary, as nginx's envsubst script uses it", async () => {
    const r = await sh(`export NGINX_X=1 OTHER=2; awk "END { for (name in ENVIRON) { print ( name ~ /^NGINX_/ ) ? name : \\"\\" } }" < /dev/null | grep .`);
    expect(r.stdout).toBe('NGINX_X\n');
  });

  test("sub/gsub with &, split, -v and the resolv.conf one-liner of nginx's local resolvers script", async () => {
    const r = await sh(`printf 'nameserver 1.1.1.1\\nnameserver ::1\\n' > /tmp/r; awk 'BEGIN{ORS=" "} $1=="nameserver" {if ($2 ~ ":") {print "["$2"]"} else {print $2}}' /tmp/r; echo; echo 'a-b-c' | awk -v s=X '{ n = gsub(/-/, "<&>"); print n, $0; split("p:q", parts, ":"); print parts[2] s }'`);
    expect(r.stdout).toBe('1.1.1.1 [::1] \n2 a<->b<->c\nqX\n');
  });

  test('a syntax error is reported and exits 2; an endless loop is stopped by the budget', async () => {
    const r = await sh(`awk '{ print ' </dev/null; echo $?; awk 'BEGIN { while (1) x++ }'; echo $?`);
    expect(r.stdout).toBe('2\n137\n');
    expect(r.stderr).toContain('awk: cmd. line:1: syntax error');
    expect(r.stderr).toContain('dockyard: awk used its CPU budget without pausing and was stopped\n');
  });
});
