import { describe, expect, test } from 'vitest';
import { makeRootfs, runArgv, sh } from './fixture.ts';

async function bash(script: string) {
  const fs = makeRootfs();
  fs.symlink('/bin/busybox', '/bin/bash');
  fs.writeFile('/script.sh', script, { mode: 0o755 });
  return runArgv(['bash', '/script.sh', 'arg1'], { fs });
}

// The bash the postgres entrypoint needs; the shell stays one dialect for sh and bash.
describe('bash features of entrypoint scripts', () => {
  test('${x:offset:length} takes substrings, negative offsets count from the end, ${#x} is the length', async () => {
    const r = await sh('x=hello; echo "${x:0:1} ${x:1} ${x: -2} ${x:1:-1} ${#x}"; set -- -flag; [ "${1:0:1}" = - ] && echo dash');
    expect(r.stdout).toBe('h ello lo ell 5\ndash\n');
  });

  test('indexed arrays: a=(…), ${a[i]}, ${a[-1]}, "${a[@]}" as separate fields, ${#a[@]}', async () => {
    const r = await sh('a=(one "two three" four); echo "${#a[@]} ${a[1]} ${a[-1]} $a"; for i in "${a[@]}"; do echo "[$i]"; done');
    expect(r.stdout).toBe('3 two three four one\n[one]\n[two three]\n[four]\n');
  });

  test('set -Eeo pipefail: a pipeline fails when any stage fails, and -e then exits', async () => {
    const r = await sh('set -Eeo pipefail; true | false | true && echo no || echo "failed $?"; false | true; echo unreachable');
    expect(r.stdout).toBe('failed 1\n');
    expect(r.status).toBe(1);
  });

  test('declare makes locals inside functions unless -g; declare -x exports', async () => {
    const r = await sh('f() { declare L=2; declare -g G=1; declare -x E=3; echo "$L"; }; f; echo "${L:-unset} $G"; env | grep ^E=');
    expect(r.stdout).toBe('2\nunset 1\n');
  });

  test('FUNCNAME and BASH_SOURCE tell a sourced script from an executed one (the postgres _is_sourced check)', async () => {
    const check = `_is_sourced() {\n  [ "\${#FUNCNAME[@]}" -ge 2 ] && [ "\${FUNCNAME[0]}" = '_is_sourced' ] && [ "\${FUNCNAME[1]}" = 'source' ]\n}\nif _is_sourced; then echo sourced; else echo "run $BASH_SOURCE"; fi\n`;
    const fs = makeRootfs();
    fs.symlink('/bin/busybox', '/bin/bash');
    fs.writeFile('/entry.sh', check, { mode: 0o755 });
    fs.writeFile('/other.sh', 'source /entry.sh\n', { mode: 0o755 });
    const run = await runArgv(['bash', '/entry.sh'], { fs });
    const sourced = await runArgv(['bash', '/other.sh'], { fs });
    expect(run.stdout).toBe('run /entry.sh\n');
    expect(sourced.stdout).toBe('sourced\n');
  });

  test('a bash script re-executes itself through "$BASH_SOURCE"', async () => {
    const r = await bash('if [ "$1" = arg1 ]; then exec bash "$BASH_SOURCE" again; fi; echo "second pass $1"');
    expect(r.stdout).toBe('second pass again\n');
  });

  test('getopts walks bundled options and their arguments, then OPTIND points past them', async () => {
    const r = await sh('set -- -a -b val -cb x -- y z; while getopts ab:c opt; do echo "$opt ${OPTARG-}"; done; shift $((OPTIND-1)); echo "rest $*"; OPTIND=1; getopts a o -z; echo "$o $?"');
    expect(r.stdout).toBe('a \nb val\nc \nb x\nrest y z\n? 0\n');
    expect(r.stderr).toBe('sh: illegal option -- z\n');
  });
});
