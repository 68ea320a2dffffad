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

/** The RUNs of the Debian variants, as `docker history --no-trunc` shows them. */
const nodeInstall =
  "ARCH= && dpkgArch=\"$(dpkg --print-architecture)\"   && case \"${dpkgArch##*-}\" in     amd64) ARCH='x64';;     ppc64el) ARCH='ppc64le';;     s390x) ARCH='s390x';;     arm64) ARCH='arm64';;     armhf) ARCH='armv7l';;     i386) ARCH='x86';;     *) echo \"unsupported architecture\"; exit 1 ;;   esac   && export GNUPGHOME=\"$(mktemp -d)\"   && set -ex   && for key in     C0D6248439F1D5604AAFFB4021D900FFDB233756     DD792F5973C6DE52C432CBDAC77ABFA00DDBF2B7     CC68F5A3106FF448322E48ED27F5E38D5B0A215F     8FCCA13FEF1D0C2E91008E09770F7A9A5AE15600     890C08DB8579162FEE0DF9DB8BEAB4DFCF555EF4     C82FA3AE1CBEDC6BE46B9360C43CEC45C17AB93C     108F52B48DB57BB0CC439B2997B01419BD92F80A     A363A499291CBBC940DD62E41F10027AF002F8B0   ; do       gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys \"$key\" ||       gpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\" ;   done   && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz\"   && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc\"   && gpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc   && gpgconf --kill all   && rm -rf \"$GNUPGHOME\"   && grep \" node-v$NODE_VERSION-linux-$ARCH.tar.xz\\$\" SHASUMS256.txt | sha256sum -c -   && tar -xJf \"node-v$NODE_VERSION-linux-$ARCH.tar.xz\" -C /usr/local --strip-components=1 --no-same-owner   && rm \"node-v$NODE_VERSION-linux-$ARCH.tar.xz\" SHASUMS256.txt.asc SHASUMS256.txt   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && node --version   && npm --version";
const yarnInstall =
  "set -ex   && export GNUPGHOME=\"$(mktemp -d)\"   && for key in     6A010C5166006599AA17F08146C2130DFD2497F5   ; do     gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys \"$key\" ||     gpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\" ;   done   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz\"   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz.asc\"   && gpg --batch --verify yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && gpgconf --kill all   && rm -rf \"$GNUPGHOME\"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg   && rm yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && yarn --version   && rm -rf /tmp/*";

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
      run(nodeInstall, nodeDistribution(r)),
      meta(`ENV YARN_VERSION=${yarnVersion}`),
      run(yarnInstall, yarnFiles(yarnVersion)),
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
export const nodeImage20: ImageSpec = nodeImage(node20, ['20', '20-bookworm', '20.18.1', 'iron'], '2024-11-20T16:05:40Z');
export const nodeImage22: ImageSpec = nodeImage(node22, ['22', '22-bookworm', '22.11.0', 'jod', 'lts', 'latest'], '2024-11-12T23:12:50Z');

const alpineNodeInstall =
  "addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add --no-cache         libstdc++     && apk add --no-cache --virtual .build-deps         curl     && ARCH= OPENSSL_ARCH='linux*' && alpineArch=\"$(apk --print-arch)\"       && case \"${alpineArch##*-}\" in         x86_64) ARCH='x64' CHECKSUM=\"95e9a410b7ce732705493cd44496c8e77ccb11516c75c2ef794f19a9943d178c\" OPENSSL_ARCH=linux-x86_64;;         x86) OPENSSL_ARCH=linux-elf;;         aarch64) OPENSSL_ARCH=linux-aarch64;;         arm*) OPENSSL_ARCH=linux-armv4;;         ppc64le) OPENSSL_ARCH=linux-ppc64le;;         s390x) OPENSSL_ARCH=linux-s390x;;         *) ;;       esac   && if [ -n \"${CHECKSUM}\" ]; then     set -eu;     curl -fsSLO --compressed \"https://unofficial-builds.nodejs.org/download/release/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz\";     echo \"$CHECKSUM  node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz\" | sha256sum -c -       && tar -xJf \"node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz\" -C /usr/local --strip-components=1 --no-same-owner       && ln -s /usr/local/bin/node /usr/local/bin/nodejs;   else     echo \"Building from source\"     && apk add --no-cache --virtual .build-deps-full         binutils-gold         g++         gcc         gnupg         libgcc         linux-headers         make         python3         py-setuptools     && export GNUPGHOME=\"$(mktemp -d)\"     && for key in       C0D6248439F1D5604AAFFB4021D900FFDB233756       DD792F5973C6DE52C432CBDAC77ABFA00DDBF2B7       CC68F5A3106FF448322E48ED27F5E38D5B0A215F       8FCCA13FEF1D0C2E91008E09770F7A9A5AE15600       890C08DB8579162FEE0DF9DB8BEAB4DFCF555EF4       C82FA3AE1CBEDC6BE46B9360C43CEC45C17AB93C       108F52B48DB57BB0CC439B2997B01419BD92F80A       A363A499291CBBC940DD62E41F10027AF002F8B0     ; do       gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys \"$key\" ||       gpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\" ;     done     && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION.tar.xz\"     && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc\"     && gpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc     && gpgconf --kill all     && rm -rf \"$GNUPGHOME\"     && grep \" node-v$NODE_VERSION.tar.xz\\$\" SHASUMS256.txt | sha256sum -c -     && tar -xf \"node-v$NODE_VERSION.tar.xz\"     && cd \"node-v$NODE_VERSION\"     && ./configure     && make -j$(getconf _NPROCESSORS_ONLN) V=     && make install     && apk del .build-deps-full     && cd ..     && rm -Rf \"node-v$NODE_VERSION\"     && rm \"node-v$NODE_VERSION.tar.xz\" SHASUMS256.txt.asc SHASUMS256.txt;   fi   && rm -f \"node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz\"   && find /usr/local/include/node/openssl/archs -mindepth 1 -maxdepth 1 ! -name \"$OPENSSL_ARCH\" -exec rm -rf {} \\;   && apk del .build-deps   && node --version   && npm --version";
const alpineYarnInstall =
  "apk add --no-cache --virtual .build-deps-yarn curl gnupg tar   && export GNUPGHOME=\"$(mktemp -d)\"   && for key in     6A010C5166006599AA17F08146C2130DFD2497F5   ; do     gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys \"$key\" ||     gpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\" ;   done   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz\"   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz.asc\"   && gpg --batch --verify yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && gpgconf --kill all   && rm -rf \"$GNUPGHOME\"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg   && rm yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && apk del .build-deps-yarn   && yarn --version   && rm -rf /tmp/*";

/** node:lts-alpine: musl build of Node.js from unofficial-builds, on alpine:3.20. */
export const nodeLtsAlpine: ImageSpec = {
  repository: 'library/node',
  tags: ['lts-alpine', '22-alpine', '22.11.0-alpine', '22-alpine3.20', 'alpine'],
  created: '2024-10-29T20:39:22Z',
  base: 'library/alpine:3.20',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `NODE_VERSION=${node22.version}`, `YARN_VERSION=${yarnVersion}`],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['node'],
  },
  steps: [
    meta(`ENV NODE_VERSION=${node22.version}`),
    run(alpineNodeInstall, [
      // The musl build from unofficial-builds.nodejs.org; the RUN deletes OpenSSL headers of other targets.
      ...nodeDistribution({ ...node22, nodeSize: 110 * MB }, ['linux-x86_64']),
      { path: '/usr/lib/libstdc++.so.6.0.32', size: 2_577_000, mode: 0o755 },
      { path: '/usr/lib/libgcc_s.so.1', size: 145_000, mode: 0o755 },
      { path: '/home/node', type: 'dir', uid: 1000, gid: 1000 },
    ]),
    meta(`ENV YARN_VERSION=${yarnVersion}`),
    run(alpineYarnInstall, yarnFiles(yarnVersion)),
    copy('COPY docker-entrypoint.sh /usr/local/bin/', [script('/usr/local/bin/docker-entrypoint.sh', nodeEntrypoint)]),
    meta('ENTRYPOINT ["docker-entrypoint.sh"]'),
    meta('CMD ["node"]'),
  ],
};
