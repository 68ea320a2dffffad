/**
 * `node`: Node.js on buildpack-deps:bookworm (18, 20, 22/latest), and on Alpine
 * (`lts-alpine`). Layers as the official Dockerfile makes them: the node user, the
 * Node.js tarball, Yarn, the entrypoint script. Real sizes (linux/amd64): node:20
 * 1.1GB (8 layers), node:18 1.09GB, node:22 1.12GB, node:lts-alpine 155MB.
 */
import type { ImageSpec } from './spec.ts';
import type { NodeRelease } from './node-files.ts';
import { nodeDistribution, nodeEntrypoint, yarnFiles } from './node-files.ts';
import { copy, meta, run } from './history.ts';
import { script, text } from './files.ts';
import { MB } from './files.ts';

const yarnVersion = '1.22.22';

const userLayer = run('groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node', [
  { path: '/home/node', type: 'dir', mode: 0o755, uid: 1000, gid: 1000 },
  text('/home/node/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n'),
  text('/home/node/.profile', '# ~/.profile: executed by the command interpreter for login shells.\n'),
]);

function nodeImage(r: NodeRelease, tags: string[], created: string): ImageSpec {
  return {
    repository: 'library/node',
    tags,
    created,
    base: 'library/buildpack-deps:bookworm',
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `NODE_VERSION=${r.version}`, `YARN_VERSION=${yarnVersion}`],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['node'],
    },
    steps: [
      userLayer,
      meta(`ENV NODE_VERSION=${r.version}`),
      run('ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in     amd64) ARCH=\'x64\';;     ppc64el) ARCH=\'ppc64le\';;     s390x) ARCH=\'s390x\';;     arm64) ARCH=\'arm64\';;     armhf) ARCH=\'armv7l\';;     i386) ARCH=\'x86\';;     *) echo "unsupported architecture"; exit 1 ;;   esac   && set -ex   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz"   && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner   && rm "node-v$NODE_VERSION-linux-$ARCH.tar.xz" SHASUMS256.txt.asc SHASUMS256.txt   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && node --version   && npm --version', nodeDistribution(r)),
      meta(`ENV YARN_VERSION=${yarnVersion}`),
      run('set -ex   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg   && rm yarn-v$YARN_VERSION.tar.gz   && yarn --version', yarnFiles(yarnVersion)),
      copy('COPY docker-entrypoint.sh /usr/local/bin/', [script('/usr/local/bin/docker-entrypoint.sh', nodeEntrypoint)]),
      meta('ENTRYPOINT ["docker-entrypoint.sh"]'),
      meta('CMD ["node"]'),
    ],
  };
}

const node18 = { version: '18.20.5', npmVersion: '10.8.2', nodeSize: 92 * MB };
const node20 = { version: '20.18.1', npmVersion: '10.8.2', nodeSize: 96.3 * MB };
const node22 = { version: '22.11.0', npmVersion: '10.9.0', nodeSize: 117.6 * MB };

export const nodeImage18: ImageSpec = nodeImage(node18, ['18', '18-bookworm', '18.20.5', 'hydrogen'], '2024-11-12T23:12:45Z');
export const nodeImage20: ImageSpec = nodeImage(node20, ['20', '20-bookworm', '20.18.1', 'iron'], '2024-11-20T17:45:00Z');
export const nodeImage22: ImageSpec = nodeImage(node22, ['22', '22-bookworm', '22.11.0', 'jod', 'lts', 'latest'], '2024-11-12T23:12:50Z');

/** node:lts-alpine: musl build of Node.js from unofficial-builds, on alpine:3.20. */
export const nodeLtsAlpine: ImageSpec = {
  repository: 'library/node',
  tags: ['lts-alpine', '22-alpine', '22.11.0-alpine', '22-alpine3.20', 'alpine'],
  created: '2024-11-12T23:13:10Z',
  base: 'library/alpine:3.20',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `NODE_VERSION=${node22.version}`, `YARN_VERSION=${yarnVersion}`],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['node'],
  },
  steps: [
    meta(`ENV NODE_VERSION=${node22.version}`),
    run('addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add --no-cache         libstdc++     && apk add --no-cache --virtual .build-deps         curl     && ARCH= OPENSSL_ARCH=\'linux*\' && alpineArch="$(apk --print-arch)" ...', [
      // The musl build from unofficial-builds.nodejs.org is smaller than glibc's.
      ...nodeDistribution({ ...node22, nodeSize: 104 * MB }),
      { path: '/usr/lib/libstdc++.so.6.0.32', size: 2_577_000, mode: 0o755 },
      { path: '/usr/lib/libgcc_s.so.1', size: 145_000, mode: 0o755 },
      { path: '/home/node', type: 'dir', uid: 1000, gid: 1000 },
    ]),
    meta(`ENV YARN_VERSION=${yarnVersion}`),
    run('apk add --no-cache --virtual .build-deps-yarn curl gnupg tar   && export GNUPGHOME="$(mktemp -d)" ...', yarnFiles(yarnVersion)),
    copy('COPY docker-entrypoint.sh /usr/local/bin/', [script('/usr/local/bin/docker-entrypoint.sh', nodeEntrypoint)]),
    meta('ENTRYPOINT ["docker-entrypoint.sh"]'),
    meta('CMD ["node"]'),
  ],
};
