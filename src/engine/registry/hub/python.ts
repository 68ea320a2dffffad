/**
 * `python:3.12`: CPython built from source into /usr/local on buildpack-deps:bookworm
 * (tests and bytecode removed after `make install`), with pip, and the `python`/`pip`
 * convenience links. pip, pydoc and idle are Python scripts, so they need the python3
 * program. Real size (linux/amd64): 1.02GB, 7 layers.
 */
import type { ImageSpec } from './spec.ts';
import { cpythonLibrary } from './python-files.ts';
import { bin, blob, link, MB, script } from './files.ts';
import { meta, run } from './history.ts';

const lib = '/usr/local/lib/python3.12';

const pythonSha256 = '24887b92e2afd4a2ac602419ad4b596372f67ac9b077190f459aba390faf5550';

/** pip's console script, as pip writes it for the interpreter that installed it. */
const pipScript = `#!/usr/local/bin/python3.12
# -*- coding: utf-8 -*-
import re
import sys
from pip._internal.cli.main import main
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(main())
`;

export const python312: ImageSpec = {
  repository: 'library/python',
  tags: ['3.12', '3.12.7', '3.12-bookworm', '3.12.7-bookworm', '3', 'latest', 'bookworm'],
  created: '2024-10-18T23:23:40Z',
  base: 'library/buildpack-deps:bookworm',
  config: {
    Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.12.7', `PYTHON_SHA256=${pythonSha256}`],
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
    meta(`ENV PYTHON_SHA256=${pythonSha256}`),
    run('set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \techo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; ... \t./configure \t\t--build="$gnuArch" \t\t--enable-loadable-sqlite-extensions \t\t--enable-optimizations \t\t--enable-option-checking=fatal \t\t--enable-shared \t\t--with-lto \t\t--with-ensurepip \t; ... \tpython3 --version; \tpip3 --version', [
      bin('/usr/local/bin/python3.12', 'python3', 16_000),
      blob('/usr/local/lib/libpython3.12.so.1.0', 28.7 * MB, 0o755),
      link('/usr/local/lib/libpython3.12.so', 'libpython3.12.so.1.0'),
      script('/usr/local/bin/pip3.12', pipScript),
      script('/usr/local/bin/pip3', pipScript),
      script('/usr/local/bin/pydoc3.12', "#!/usr/local/bin/python3.12\n\nimport pydoc\nif __name__ == '__main__':\n    pydoc.cli()\n"),
      script('/usr/local/bin/idle3.12', "#!/usr/local/bin/python3.12\n\nfrom idlelib.pyshell import main\nif __name__ == '__main__':\n    main()\n"),
      bin('/usr/local/bin/python3.12-config', 'python3-config', 3_100),
      link('/usr/local/bin/python3', 'python3.12'), link('/usr/local/bin/idle3', 'idle3.12'), link('/usr/local/bin/pydoc3', 'pydoc3.12'), link('/usr/local/bin/python3-config', 'python3.12-config'),
      ...cpythonLibrary(lib),
    ]),
    run('set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone', [
      link('/usr/local/bin/idle', 'idle3'), link('/usr/local/bin/pip', 'pip3'), link('/usr/local/bin/pydoc', 'pydoc3'),
      link('/usr/local/bin/python', 'python3'), link('/usr/local/bin/python-config', 'python3-config'),
    ]),
    meta('CMD ["python3"]'),
  ],
};
