/**
 * What the official node images add on top of their base: the entrypoint script (which
 * runs `node` when the first argument is an option or not a command), the Node.js
 * binary distribution in /usr/local, and Yarn classic. npm, npx and corepack are
 * JavaScript files with a `#!/usr/bin/env node` line, linked from /usr/local/bin.
 */
import type { FileSpec } from './spec.ts';
import { bin, blob, link, script, text } from './files.ts';

/** The entrypoint of nodejs/docker-node, behaviour for behaviour. */
export const nodeEntrypoint = `#!/bin/sh
set -e

# Run command with node if the first argument contains a "-" or is not a system command. The last
# part inside the "{}" is a workaround for the following bug in ash/dash:
# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264
if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
`;

export interface NodeRelease {
  version: string;
  npmVersion: string;
  nodeSize: number;
}

const opensslArchs =
  'BSD-x86_64 VC-WIN32 VC-WIN64-ARM VC-WIN64A aix64-gcc-as darwin-i386-cc darwin64-arm64-cc darwin64-x86_64-cc linux-aarch64 ' +
  'linux-armv4 linux-elf linux-ppc64le linux-x86_64 linux64-loongarch64 linux64-mips64 linux64-riscv64 linux64-s390x solaris-x86-gcc solaris64-x86_64-gcc';

/** OpenSSL's generated headers, one set per target and assembler flavour, which node-gyp builds against. */
const opensslHeaders: [string, number][] = [
  ['asn1.h', 61_000], ['asn1t.h', 36_000], ['bio.h', 40_000], ['cmp.h', 42_000], ['cms.h', 34_000], ['conf.h', 10_000],
  ['configuration.h', 4_500], ['crmf.h', 30_000], ['crypto.h', 25_000], ['ct.h', 22_000], ['err.h', 22_000], ['ess.h', 9_000],
  ['fipskey.h', 1_000], ['lhash.h', 18_000], ['ocsp.h', 29_000], ['opensslv.h', 3_000], ['pkcs12.h', 20_000], ['pkcs7.h', 21_000],
  ['safestack.h', 170_000], ['srp.h', 15_000], ['ssl.h', 131_000], ['ui.h', 18_000], ['x509.h', 70_000], ['x509_vfy.h', 52_000], ['x509v3.h', 94_000],
];

const npmDependencies =
  '@npmcli/arborist @npmcli/config @npmcli/package-json @npmcli/run-script @sigstore/sign @sigstore/verify cacache ' +
  'chalk cli-table3 glob hosted-git-info ini init-package-json libnpmexec libnpmpublish minimatch minipass node-gyp ' +
  'npm-package-arg npm-registry-fetch pacote postcss-selector-parser semver sigstore ssri tar tuf-js validate-npm-package-name which write-file-atomic ' +
  '@npmcli/git @npmcli/map-workspaces @npmcli/metavuln-calculator @npmcli/query @npmcli/redact agent-base http-proxy-agent https-proxy-agent ' +
  'ip-address jsbn json-parse-even-better-errors libnpmaccess libnpmdiff libnpmfund libnpmorg libnpmpack libnpmsearch libnpmteam ' +
  'libnpmversion make-fetch-happen minipass-fetch nopt normalize-package-data npm-install-checks npm-pick-manifest npm-profile ' +
  'proc-log promise-retry read smart-buffer socks socks-proxy-agent spdx-expression-parse treeverse';

/** /usr/local after `tar -xJf node-v<version>-linux-x64.tar.xz --strip-components=1`. */
export function nodeDistribution(r: NodeRelease, opensslTargets = opensslArchs.split(' ')): FileSpec[] {
  const npm = '/usr/local/lib/node_modules/npm';
  return [
    bin('/usr/local/bin/node', 'node', r.nodeSize),
    link('/usr/local/bin/nodejs', 'node'),
    text(`${npm}/package.json`, `{\n  "name": "npm",\n  "version": "${r.npmVersion}",\n  "description": "a package manager for JavaScript",\n  "bin": {\n    "npm": "bin/npm-cli.js",\n    "npx": "bin/npx-cli.js"\n  },\n  "license": "Artistic-2.0"\n}\n`),
    script(`${npm}/bin/npm-cli.js`, "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n"),
    script(`${npm}/bin/npx-cli.js`, "#!/usr/bin/env node\n\nconst cli = require('../lib/cli.js')\n\n// run the resulting command as `npm exec ...args`\nprocess.argv[1] = require.resolve('./npm-cli.js')\nprocess.argv.splice(2, 0, 'exec')\n\ncli(process)\n"),
    blob(`${npm}/lib/cli.js`, 4_400),
    blob(`${npm}/lib/npm.js`, 14_500),
    blob(`${npm}/node_modules/@npmcli/arborist/lib/arborist/reify.js`, 55_000),
    blob(`${npm}/node_modules/node-gyp/gyp/pylib/gyp/generator/make.py`, 105_000),
    blob(`${npm}/docs/output/commands/npm-install.html`, 25_000),
    blob(`${npm}/node_modules/.package-lock.json`, 290_000),
    link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js'),
    link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js'),
    script('/usr/local/lib/node_modules/corepack/dist/corepack.js', "#!/usr/bin/env node\nprocess.env.COREPACK_ENABLE_DOWNLOAD_PROMPT??='0';\nrequire('./lib/corepack.cjs').runMain(process.argv.slice(2));\n"),
    blob('/usr/local/lib/node_modules/corepack/dist/lib/corepack.cjs', 2_100_000),
    link('/usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js'),
    blob('/usr/local/include/node/v8-internal.h', 48_000),
    ...opensslTargets.flatMap((target) =>
      ['asm', 'asm_avx2', 'no-asm'].flatMap((flavour) => opensslHeaders.map(([name, size]) => blob(`/usr/local/include/node/openssl/archs/${target}/${flavour}/include/openssl/${name}`, size))),
    ),
    ...npmDependencies.split(' ').flatMap((dep) => [blob(`${npm}/node_modules/${dep}/package.json`, 2_400), blob(`${npm}/node_modules/${dep}/lib/index.js`, 240_000)]),
    blob('/usr/local/include/node/uv.h', 71_000),
    blob('/usr/local/include/node/node.h', 68_000),
    blob('/usr/local/share/doc/node/gdbinit', 11_000),
    blob('/usr/local/share/man/man1/node.1', 28_000),
    text('/usr/local/CHANGELOG.md', `# Node.js ${r.version}\n`),
  ];
}

/** Yarn classic, unpacked into /opt and linked into /usr/local/bin. */
export function yarnFiles(version: string): FileSpec[] {
  const dir = `/opt/yarn-v${version}`;
  return [
    script(`${dir}/bin/yarn`, '#!/bin/sh\nargv0=$(echo "$0" | sed -e \'s,\\\\,/,g\')\nbasedir=$(dirname "$(readlink "$0" || echo "$argv0")")\n\nexec node "$basedir/yarn.js" "$@"\n'),
    script(`${dir}/bin/yarn.js`, "#!/usr/bin/env node\n'use strict';\nrequire('../lib/cli.js');\n"),
    blob(`${dir}/lib/cli.js`, 5_300_000),
    text(`${dir}/package.json`, `{\n  "name": "yarn",\n  "installationMethod": "tar",\n  "version": "${version}",\n  "license": "BSD-2-Clause"\n}\n`),
    link('/usr/local/bin/yarn', `${dir}/bin/yarn`),
    link('/usr/local/bin/yarnpkg', `${dir}/bin/yarn`),
  ];
}
