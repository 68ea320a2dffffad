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

/** Files of packages in CPython's library, with typical source sizes (large modules first). */
const cpythonSources: [string, number][] = [
  ['_pydecimal.py', 230_000], ['typing.py', 120_000], ['inspect.py', 125_000], ['argparse.py', 100_000], ['subprocess.py', 89_000],
  ['tarfile.py', 106_000], ['zipfile/__init__.py', 90_000], ['doctest.py', 106_000], ['pathlib.py', 55_000], ['pickle.py', 67_000],
  ['_pyio.py', 94_000], ['difflib.py', 83_000], ['mailbox.py', 79_000], ['turtle.py', 143_000], ['ssl.py', 53_000], ['socket.py', 37_000],
  ['asyncio/base_events.py', 78_000], ['asyncio/tasks.py', 37_000], ['asyncio/events.py', 29_000], ['asyncio/streams.py', 27_000],
  ['asyncio/selector_events.py', 48_000], ['asyncio/unix_events.py', 52_000], ['asyncio/sslproto.py', 32_000],
  ['email/_header_value_parser.py', 107_000], ['email/message.py', 47_000], ['email/utils.py', 13_000], ['email/feedparser.py', 23_000],
  ['http/client.py', 57_000], ['http/server.py', 48_000], ['http/cookiejar.py', 77_000], ['urllib/request.py', 103_000], ['urllib/parse.py', 45_000],
  ['json/decoder.py', 13_000], ['json/encoder.py', 16_000], ['logging/__init__.py', 82_000], ['logging/handlers.py', 62_000], ['logging/config.py', 39_000],
  ['unittest/case.py', 58_000], ['unittest/mock.py', 109_000], ['unittest/main.py', 11_000], ['importlib/_bootstrap.py', 57_000],
  ['importlib/_bootstrap_external.py', 70_000], ['importlib/metadata/__init__.py', 32_000], ['concurrent/futures/process.py', 36_000],
  ['concurrent/futures/_base.py', 22_000], ['multiprocessing/managers.py', 48_000], ['multiprocessing/pool.py', 33_000], ['ctypes/__init__.py', 18_000],
  ['xml/dom/minidom.py', 68_000], ['xml/etree/ElementTree.py', 75_000], ['xml/sax/expatreader.py', 16_000], ['xmlrpc/client.py', 49_000],
  ['tkinter/__init__.py', 182_000], ['tkinter/ttk.py', 57_000], ['tkinter/tix.py', 77_000], ['sqlite3/dump.py', 4_000], ['tomllib/_parser.py', 23_000],
  ['idlelib/pyshell.py', 64_000], ['idlelib/editor.py', 70_000], ['idlelib/configdialog.py', 105_000], ['idlelib/run.py', 22_000],
  ['lib2to3/pgen2/tokenize.py', 22_000], ['lib2to3/fixer_util.py', 15_000], ['lib2to3/refactor.py', 28_000], ['pydoc_data/topics.py', 760_000],
  ['encodings/cp1252.py', 13_500], ['encodings/idna.py', 9_000], ['encodings/aliases.py', 16_000], ['ensurepip/_bundled/pip-24.2-py3-none-any.whl', 1_816_000],
  ['collections/__init__.py', 52_000], ['re/_parser.py', 42_000], ['re/_compiler.py', 26_000], ['enum.py', 82_000], ['dataclasses.py', 62_000],
  ['datetime.py', 268], ['_pydatetime.py', 92_000], ['statistics.py', 52_000], ['configparser.py', 54_000], ['smtplib.py', 45_000], ['imaplib.py', 54_000],
  ['shutil.py', 57_000], ['os.py', 39_000], ['tempfile.py', 32_000], ['threading.py', 58_000], ['traceback.py', 46_000], ['functools.py', 39_000],
  ['platform.py', 43_000], ['pdb.py', 70_000], ['ast.py', 64_000], ['tokenize.py', 21_000], ['locale.py', 78_000], ['gettext.py', 21_000], ['uuid.py', 29_000],
];

const extensionModules =
  '_asyncio _bisect _blake2 _bz2 _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _contextvars _crypt _csv ' +
  '_ctypes _ctypes_test _curses _curses_panel _datetime _dbm _decimal _elementtree _gdbm _hashlib _heapq _json _lsprof _lzma _md5 ' +
  '_multibytecodec _multiprocessing _opcode _pickle _posixshmem _posixsubprocess _queue _random _sha1 _sha2 _sha3 _socket _sqlite3 ' +
  '_ssl _statistics _struct _testbuffer _testcapi _testclinic _testimportmultiple _testinternalcapi _testmultiphase _tkinter _uuid ' +
  '_xxinterpchannels _xxsubinterpreters _xxtestfuzz _zoneinfo array audioop binascii cmath fcntl grp math mmap nis ossaudiodev pyexpat ' +
  'readline resource select spwd syslog termios unicodedata xxlimited xxlimited_35 xxsubtype zlib';

const bigExtensions: Record<string, number> = { _decimal: 1_100_000, unicodedata: 1_200_000, _ssl: 770_000, _testcapi: 900_000, pyexpat: 560_000, _ctypes: 640_000, _codecs_jp: 280_000, _elementtree: 330_000 };

const pipVendored =
  'rich/_emoji_codes.py rich/console.py rich/progress.py pygments/lexers/_mapping.py pygments/lexers/python.py urllib3/connectionpool.py ' +
  'urllib3/response.py requests/models.py requests/sessions.py certifi/cacert.pem distlib/t64-arm.exe distlib/w64-arm.exe distlib/t64.exe ' +
  'distlib/w64.exe distlib/util.py packaging/specifiers.py resolvelib/resolvers.py idna/uts46data.py idna/idnadata.py msgpack/fallback.py ' +
  'pkg_resources/__init__.py tenacity/__init__.py truststore/_api.py chardet/langrussianmodel.py chardet/langthaimodel.py';

/** CPython as `make install` leaves /usr/local/lib/python3.12 once the build removes tests and bytecode. */
export function cpythonLibrary(lib: string): FileSpec[] {
  return [
    ...cpythonSources.map(([name, size]) => blob(`${lib}/${name}`, size)),
    ...stdlibModules.split(' ').filter((name) => !cpythonSources.some(([file]) => file === `${name}.py` || file.startsWith(`${name}/__init__`))).flatMap((name) => pythonModule(lib, name, 'cpython-312', [30_000])),
    ...extensionModules.split(' ').map((name) => blob(`${lib}/lib-dynload/${name}.cpython-312-x86_64-linux-gnu.so`, bigExtensions[name] ?? 110_000, 0o755)),
    ...pipVendored.split(' ').map((name) => blob(`${lib}/site-packages/pip/_vendor/${name}`, name.endsWith('.exe') ? 180_000 : name.endsWith('.pem') ? 292_000 : 95_000)),
    blob(`${lib}/site-packages/pip/_internal/cli/main.py`, 2_500),
    blob(`${lib}/config-3.12-x86_64-linux-gnu/Makefile`, 180_000),
    blob(`${lib}/config-3.12-x86_64-linux-gnu/python.o`, 5_000),
    blob('/usr/local/include/python3.12/Python.h', 3_000),
    blob('/usr/local/include/python3.12/object.h', 37_000),
    blob('/usr/local/include/python3.12/pyconfig.h', 52_000),
    blob('/usr/share/gdb/auto-load/usr/local/bin/python3.12-gdb.py', 80_000),
  ];
}
