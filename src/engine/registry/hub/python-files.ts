/**
 * Python's standard library on disk: each module as its source and its compiled
 * bytecode in `__pycache__`, for Debian's python3.11 (which mercurial brings into
 * buildpack-deps:scm) and for the official image's CPython 3.12 in /usr/local.
 */
import type { FileSpec } from './spec.ts';
import { blob } from './files.ts';

/** Modules that are packages (a directory with `__init__.py`) rather than single files. */
const packages = new Set(
  'test_asyncio test_capi test_email test_json test_tkinter test_unittest test_sqlite3 test_zoneinfo asyncio collections concurrent ctypes email encodings html http importlib json logging multiprocessing re sqlite3 tkinter tomllib unittest urllib wsgiref xml xmlrpc zoneinfo'.split(' '),
);

/** A module's source and its bytecode (plain, then the -O and -OO variants, as far as sizes are given). */
export function pythonModule(dir: string, name: string, cacheTag: string, sizes: number[]): FileSpec[] {
  const [source, ...bytecode] = sizes;
  const base = packages.has(name) ? `${dir}/${name}` : dir;
  const stem = packages.has(name) ? '__init__' : name;
  const variants = ['', '.opt-1', '.opt-2'];
  return [blob(`${base}/${stem}.py`, source), ...bytecode.map((size, i) => blob(`${base}/__pycache__/${stem}.${cacheTag}${variants[i]}.pyc`, size))];
}

export const stdlibModules =
  'argparse ast asyncio base64 bdb calendar collections concurrent configparser contextlib copy csv ctypes dataclasses datetime ' +
  'decimal difflib dis doctest email encodings enum fractions ftplib functools gettext glob gzip heapq hmac html http imaplib ' +
  'importlib inspect ipaddress json locale logging mailbox multiprocessing optparse os pathlib pdb pickle pickletools platform ' +
  'plistlib poplib pprint pydoc random re selectors shutil smtplib socket sqlite3 ssl statistics string subprocess tarfile ' +
  'tempfile textwrap threading tkinter tokenize tomllib traceback turtle typing unittest urllib uuid warnings weakref wsgiref ' +
  'xml xmlrpc zipfile zoneinfo';

const mercurialModules =
  'bundle2 changegroup cmdutil commands context copies dirstate dispatch exchange extensions filemerge formatter help hg ' +
  'hgweb/webcommands localrepo logcmdutil manifest match merge mergestate obsolete patch pathutil phases pycompat revlog ' +
  'revset scmutil sparse sslutil subrepo templatekw templater ui url util vfs wireprotov1server';

/** Debian's python3.11 (interpreter, stdlib) and mercurial, all from the scm layer's `apt-get install mercurial`. */
export function mercurialWithPython(): FileSpec[] {
  const lib = '/usr/lib/python3.11';
  const hg = '/usr/lib/python3/dist-packages/mercurial';
  return [
    ...stdlibModules.split(' ').flatMap((name) => pythonModule(lib, name, 'cpython-311', [60_000, 75_000])),
    ...mercurialModules.split(' ').flatMap((name) => pythonModule(hg, name, 'cpython-311', [95_000, 120_000])),
    blob(`${hg}/cext/parsers.cpython-311-x86_64-linux-gnu.so`, 460_000),
    blob(`${hg}/templates/map-cmdline.default`, 4_000),
    blob(`${lib}/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so`, 930_000),
    blob(`${lib}/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so`, 212_000),
    blob(`${lib}/pydoc_data/topics.py`, 760_000),
    blob(`/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0`, 7_100_000, 0o755),
  ];
}
