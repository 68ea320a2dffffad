/**
 * `python:3.12`: CPython built from source into /usr/local on buildpack-deps:bookworm,
 * with pip, and the `python`/`pip` convenience links. Real size (linux/amd64): 1.02GB.
 */
import type { ImageSpec } from './spec.ts';
import { pythonModule, stdlibModules } from './python-files.ts';
import { bin, blob, link, MB } from './files.ts';
import { meta, run } from './history.ts';

const lib = '/usr/local/lib/python3.12';

const testModules =
  'test_asyncio test_builtin test_bytes test_capi test_datetime test_decimal test_descr test_dict test_email test_enum test_fstring ' +
  'test_functools test_grammar test_inspect test_io test_itertools test_json test_list test_logging test_math test_os test_pathlib ' +
  'test_re test_set test_socket test_sqlite3 test_ssl test_str test_subprocess test_sys test_tarfile test_threading test_time ' +
  'test_tkinter test_typing test_unicode test_unittest test_urllib test_zipfile test_zoneinfo';

export const python312: ImageSpec = {
  repository: 'library/python',
  tags: ['3.12', '3.12.7', '3.12-bookworm', '3.12.7-bookworm', '3', 'latest', 'bookworm'],
  created: '2024-10-01T20:04:17Z',
  base: 'library/buildpack-deps:bookworm',
  config: {
    Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.12.7'],
    Cmd: ['python3'],
  },
  steps: [
    meta('ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
    meta('ENV LANG=C.UTF-8'),
    run('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/*', [
      blob('/usr/lib/x86_64-linux-gnu/libtk8.6.so', 1_500_000, 0o755), blob('/usr/lib/x86_64-linux-gnu/libtcl8.6.so', 1_800_000, 0o755),
      blob('/usr/lib/x86_64-linux-gnu/libtk8.6.a', 2_400_000), blob('/usr/lib/x86_64-linux-gnu/libtcl8.6.a', 2_900_000),
      blob('/usr/share/tcltk/tcl8.6/encoding/big5.enc', 92_000), blob('/usr/include/bluetooth/bluetooth.h', 9_000), blob('/usr/include/uuid/uuid.h', 4_000),
      blob('/usr/lib/x86_64-linux-gnu/libXft.so.2.3.6', 90_000, 0o755), blob('/usr/lib/x86_64-linux-gnu/libfontconfig.so.1.12.0', 300_000, 0o755),
    ]),
    meta('ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305'),
    meta('ENV PYTHON_VERSION=3.12.7'),
    run('set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; ... \t./configure \t\t--build="$gnuArch" \t\t--enable-loadable-sqlite-extensions \t\t--enable-optimizations \t\t--enable-option-checking=fatal \t\t--enable-shared \t\t--with-lto \t\t--with-ensurepip \t; ... \tpython3 --version; \tpip3 --version', [
      bin('/usr/local/bin/python3.12', 'python3', 16_000),
      blob('/usr/local/lib/libpython3.12.so.1.0', 28.7 * MB, 0o755),
      link('/usr/local/lib/libpython3.12.so', 'libpython3.12.so.1.0'),
      bin('/usr/local/bin/pip3.12', 'pip', 230),
      bin('/usr/local/bin/pip3', 'pip', 230),
      bin('/usr/local/bin/pydoc3.12', 'pydoc3', 85),
      bin('/usr/local/bin/idle3.12', 'idle3', 83),
      bin('/usr/local/bin/python3.12-config', 'python3-config', 3_100),
      link('/usr/local/bin/python3', 'python3.12'), link('/usr/local/bin/idle3', 'idle3.12'), link('/usr/local/bin/pydoc3', 'pydoc3.12'), link('/usr/local/bin/python3-config', 'python3.12-config'),
      blob(`${lib}/lib-dynload/_ssl.cpython-312-x86_64-linux-gnu.so`, 770_000), blob(`${lib}/lib-dynload/_decimal.cpython-312-x86_64-linux-gnu.so`, 1_100_000),
      blob(`${lib}/lib-dynload/_sqlite3.cpython-312-x86_64-linux-gnu.so`, 350_000), blob(`${lib}/lib-dynload/unicodedata.cpython-312-x86_64-linux-gnu.so`, 1_200_000),
      blob(`${lib}/pydoc_data/topics.py`, 760_000), 
      blob(`${lib}/site-packages/pip/_vendor/rich/_emoji_codes.py`, 140_000), blob(`${lib}/site-packages/pip/_internal/cli/main.py`, 2_500),
      blob(`${lib}/ensurepip/_bundled/pip-24.2-py3-none-any.whl`, 1_800_000),
      blob(`${lib}/idlelib/idle.py`, 1_000), blob(`${lib}/email/_header_value_parser.py`, 107_000),
      blob(`${lib}/lib-dynload/_tkinter.cpython-312-x86_64-linux-gnu.so`, 280_000), blob(`${lib}/lib2to3/Grammar3.12.7.final.0.pickle`, 15_000),
      blob(`${lib}/__pycache__/_pydecimal.cpython-312.pyc`, 240_000), blob(`${lib}/site-packages/pip/_vendor/pygments/lexers/_mapping.py`, 70_000),
      blob(`${lib}/lib-dynload/_codecs_jp.cpython-312-x86_64-linux-gnu.so`, 280_000), blob(`${lib}/lib-dynload/_codecs_cn.cpython-312-x86_64-linux-gnu.so`, 170_000),
      blob(`${lib}/site-packages/pip/_vendor/distlib/w64-arm.exe`, 180_000), blob(`${lib}/site-packages/pip/_vendor/distlib/t64-arm.exe`, 180_000),
      blob(`${lib}/asyncio/base_events.py`, 78_000),
      // The test suite ships with CPython's install; its modules and their bytecode are a third of the layer.
      ...testModules.split(' ').flatMap((name) => pythonModule(`${lib}/test`, name, 'cpython-312', [90_000, 120_000])),
      ...stdlibModules.split(' ').flatMap((name) => pythonModule(lib, name, 'cpython-312', [60_000, 70_000, 70_000, 55_000])),
    ]),
    run('set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone', [
      link('/usr/local/bin/idle', 'idle3'), link('/usr/local/bin/pip', 'pip3'), link('/usr/local/bin/pydoc', 'pydoc3'),
      link('/usr/local/bin/python', 'python3'), link('/usr/local/bin/python-config', 'python3-config'),
    ]),
    meta('CMD ["python3"]'),
  ],
};
