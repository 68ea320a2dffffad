/**
 * `redis`: Redis built from source on debian:bookworm-slim, run as the `redis` user
 * through gosu, with /data as its volume and working directory.
 * Real size (linux/amd64, 7.4.1): 117MB, 8 layers.
 */
import type { ImageSpec } from './spec.ts';
import { bin, blob, dir, link, script, text } from './files.ts';
import { copy, meta, run } from './history.ts';
import { debianGroup, debianPasswd } from './deb-etc.ts';
import { zoneinfo } from './deb-libs.ts';

/** The official entrypoint (docker-library/redis 7.4/debian/docker-entrypoint.sh), verbatim. */
export const redisEntrypoint = `#!/bin/sh
set -e

# first arg is \`-f\` or \`--some-option\`
# or first arg is \`something.conf\`
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

# allow the container to be started with \`--user\`
if [ "$1" = 'redis-server' -a "$(id -u)" = '0' ]; then
	find . \\! -user redis -exec chown redis '{}' +
	exec gosu redis "$0" "$@"
fi

# set an appropriate umask (if one isn't set already)
# - https://github.com/docker-library/redis/issues/305
# - https://github.com/redis/redis/blob/bb875603fb7ff3f9d19aad906bd45d7db98d9a39/utils/systemd-redis_server.service#L37
um="$(umask)"
if [ "$um" = '0022' ]; then
	umask 0077
fi

exec "$@"
`;

const downloadSha = 'bc34b878eb89421bbfca6fa78752343bf37af312a09eb0fae47c9575977dfaa2';
const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz', `REDIS_DOWNLOAD_SHA=${downloadSha}`];

export const redisLatest: ImageSpec = {
  repository: 'library/redis',
  tags: ['latest', '7', '7.4', '7.4.1', 'bookworm', '7.4-bookworm'],
  created: '2024-10-04T09:56:40Z',
  base: 'library/debian:bookworm-slim',
  config: { Env: env, Entrypoint: ['docker-entrypoint.sh'], Cmd: ['redis-server'], WorkingDir: '/data', Volumes: { '/data': {} }, ExposedPorts: { '6379/tcp': {} } },
  steps: [
    run('set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis', [
      text('/etc/passwd', `${debianPasswd}redis:x:999:999::/home/redis:/bin/sh\n`),
      text('/etc/group', `${debianGroup}redis:x:999:\n`),
    ]),
    // tzdata lets TZ=Europe/Paris work for Redis's log timestamps (slim images leave it out).
    run('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/*', [
      ...zoneinfo(),
      blob('/usr/share/zoneinfo/tzdata.zi', 109_390),
      blob('/usr/share/zoneinfo/leap-seconds.list', 10_634),
      blob('/usr/share/zoneinfo/zone1970.tab', 17_597),
      blob('/usr/share/zoneinfo/iso3166.tab', 4_791),
      blob('/var/lib/dpkg/info/tzdata.list', 30_000),
      blob('/var/lib/dpkg/info/tzdata.templates', 1_200_000),
    ]),
    meta('ENV GOSU_VERSION=1.17'),
    run('set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \trm -rf /var/lib/apt/lists/*; \tarch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \tcase "$arch" in \t\t\'amd64\') url=\'https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64\'; sha256=\'bbc4136d03ab138b1ad66fa4fc051bafc6cc7ffae632b069a53657279a450de3\' ;; \t\t... \tesac; \twget -O /usr/local/bin/gosu.asc "$url.asc"; \twget -O /usr/local/bin/gosu "$url"; \techo "$sha256 */usr/local/bin/gosu" | sha256sum -c -; ... \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true', [
      bin('/usr/local/bin/gosu', 'gosu', 2_260_000),
      blob('/etc/ssl/certs/ca-certificates.crt', 221_000),
      blob('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939),
      blob('/usr/lib/x86_64-linux-gnu/libcrypto.so.3', 4_709_000, 0o755),
      blob('/usr/lib/x86_64-linux-gnu/libssl.so.3', 692_000, 0o755),
    ]),
    meta('ENV REDIS_VERSION=7.4.1'),
    meta('ENV REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz'),
    meta(`ENV REDIS_DOWNLOAD_SHA=${downloadSha}`),
    run('set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\t\t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t; ... \texport BUILD_TLS=yes; \tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; ... \tredis-cli --version; \tredis-server --version', [
      bin('/usr/local/bin/redis-server', 'redis-server', 16_900_000),
      bin('/usr/local/bin/redis-cli', 'redis-cli', 8_700_000),
      bin('/usr/local/bin/redis-benchmark', 'redis-benchmark', 8_300_000),
      link('/usr/local/bin/redis-check-aof', 'redis-server'),
      link('/usr/local/bin/redis-check-rdb', 'redis-server'),
      link('/usr/local/bin/redis-sentinel', 'redis-server'),
    ]),
    run('mkdir /data && chown redis:redis /data', [dir('/data', 0o755, 999, 999)]),
    meta('VOLUME [/data]'),
    meta('WORKDIR /data', []),
    copy('COPY docker-entrypoint.sh /usr/local/bin/', [script('/usr/local/bin/docker-entrypoint.sh', redisEntrypoint)]),
    meta('ENTRYPOINT ["docker-entrypoint.sh"]'),
    meta('EXPOSE map[6379/tcp:{}]'),
    meta('CMD ["redis-server"]'),
  ],
};
