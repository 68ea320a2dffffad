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

/** /usr/local after `tar -xJf node-v<version>-linux-x64.tar.xz --strip-components=1`. */
export function nodeDistribution(r: NodeRelease): FileSpec[] {
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
    blob('/usr/local/include/node/openssl/archs/linux-x86_64/asm/include/openssl/opensslconf.h', 4_000),
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
