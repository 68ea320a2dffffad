/**
 * `postgres:16`: PostgreSQL from the PGDG apt repository on debian:bookworm-slim, with
 * the en_US.UTF-8 locale, gosu, and the entrypoint that initialises PGDATA on first
 * start. It stops on SIGINT (PostgreSQL's "fast shutdown").
 * Real size (linux/amd64, 16.6): 435MB, 14 layers.
 */
import type { ImageSpec } from './spec.ts';
import { bin, blob, dir, link, script, text } from './files.ts';
import { copy, meta, run } from './history.ts';
import { debianGroup, debianPasswd } from './deb-etc.ts';
import { ensureInitdb, postgresEntrypoint } from './postgres-entrypoint.ts';
import { localesPackage, serverFiles } from './postgres-files.ts';

const lib = '/usr/lib/x86_64-linux-gnu';
const pgbin = '/usr/lib/postgresql/16/bin';
const pgdata = '/var/lib/postgresql/data';
const path = `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:${pgbin}`;
const env = [path, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', 'PG_MAJOR=16', 'PG_VERSION=16.6-1.pgdg120+1', `PGDATA=${pgdata}`];

export const postgres16: ImageSpec = {
  repository: 'library/postgres',
  tags: ['16', '16.6', '16-bookworm', '16.6-bookworm', 'latest'],
  created: '2024-11-21T20:14:24Z',
  base: 'library/debian:bookworm-slim',
  config: { Env: env, Entrypoint: ['docker-entrypoint.sh'], Cmd: ['postgres'], Volumes: { [pgdata]: {} }, ExposedPorts: { '5432/tcp': {} }, StopSignal: 'SIGINT' },
  steps: [
    run('set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tinstall --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql', [
      text('/etc/passwd', `${debianPasswd}postgres:x:999:999::/var/lib/postgresql:/bin/bash\n`),
      text('/etc/group', `${debianGroup}postgres:x:999:\n`),
      dir('/var/lib/postgresql', 0o1777, 999, 999),
    ]),
    // gnupg to verify the PGDG key below; less as psql's pager.
    run('set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgnupg \t\tless \t; \trm -rf /var/lib/apt/lists/*', [
      bin('/usr/bin/gpg', 'gpg', 1_150_000), bin('/usr/bin/gpg-agent', 'gpg-agent', 420_000), bin('/usr/bin/dirmngr', 'dirmngr', 640_000),
      bin('/usr/bin/gpgsm', 'gpgsm', 530_000), bin('/usr/bin/gpgconf', 'gpgconf', 190_000), bin('/usr/bin/less', 'less', 180_000),
      blob(`${lib}/libksba.so.8.14.3`, 300_000, 0o755), blob(`${lib}/libassuan.so.0.8.5`, 90_000, 0o755), blob(`${lib}/libnpth.so.0.1.2`, 30_000, 0o755),
      blob(`${lib}/libldap-2.5.so.0.1.8`, 387_000, 0o755), blob(`${lib}/libsqlite3.so.0.8.6`, 1_457_000, 0o755), blob(`${lib}/libreadline.so.8.2`, 330_000, 0o755),
      blob('/usr/share/gnupg/help.txt', 16_000),
    ]),
    meta('ENV GOSU_VERSION=1.17'),
    run('set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates wget; \trm -rf /var/lib/apt/lists/*; \tdpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \twget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \texport GNUPGHOME="$(mktemp -d)"; \tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \tgpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \tgpgconf --kill all; \trm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \tapt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true', [
      bin('/usr/local/bin/gosu', 'gosu', 2_260_000), blob('/etc/ssl/certs/ca-certificates.crt', 221_000),
    ]),
    run("set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \t\t! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \tlocale-gen; \tlocale -a | grep 'en_US.utf8'", [
      ...localesPackage(),
    ]),
    meta('ENV LANG=en_US.utf8'),
    run('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibnss-wrapper \t\txz-utils \t\tzstd \t; \trm -rf /var/lib/apt/lists/*', [
      blob(`${lib}/libnss_wrapper.so`, 70_000, 0o755), bin('/usr/bin/xz', 'xz', 85_000), bin('/usr/bin/zstd', 'zstd', 1_400_000),
    ]),
    run('mkdir /docker-entrypoint-initdb.d', [dir('/docker-entrypoint-initdb.d')]),
    run("set -ex; \tkey='B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8'; \texport GNUPGHOME=\"$(mktemp -d)\"; \tmkdir -p /usr/local/share/keyrings/; \tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\"; \tgpg --batch --export --armor \"$key\" > /usr/local/share/keyrings/postgres.gpg.asc; \tgpgconf --kill all; \trm -rf \"$GNUPGHOME\"", [
      blob('/usr/local/share/keyrings/postgres.gpg.asc', 3_200),
    ]),
    meta('ENV PG_MAJOR=16'),
    meta('ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin'),
    meta('ENV PG_VERSION=16.6-1.pgdg120+1'),
    run('set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch="$(dpkg --print-architecture)"; \taptRepo="[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR"; ... \tapt-get install -y --no-install-recommends postgresql-common; \tsed -ri \'s/#(create_main_cluster) .*$/\\1 = false/\' /etc/postgresql-common/createcluster.conf; \tapt-get install -y --no-install-recommends \t\t"postgresql-$PG_MAJOR=$PG_VERSION" \t; ... \tpostgres --version', serverFiles),
    run('set -eux; \tdpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; \tcp -v /usr/share/postgresql/postgresql.conf.sample.dpkg /usr/share/postgresql/postgresql.conf.sample; \tln -sv ../postgresql.conf.sample "/usr/share/postgresql/$PG_MAJOR/"; \tsed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/share/postgresql/postgresql.conf.sample; \tgrep -F "listen_addresses = \'*\'" /usr/share/postgresql/postgresql.conf.sample', [
      blob('/usr/share/postgresql/postgresql.conf.sample', 29_914),
      blob('/usr/share/postgresql/postgresql.conf.sample.dpkg', 29_914),
    ]),
    run('install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql', [dir('/run/postgresql', 0o3777, 999, 999)]),
    meta(`ENV PGDATA=${pgdata}`),
    run('install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA"', [dir(pgdata, 0o1777, 999, 999)]),
    meta('VOLUME [/var/lib/postgresql/data]'),
    copy('COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/', [
      script('/usr/local/bin/docker-entrypoint.sh', postgresEntrypoint),
      script('/usr/local/bin/docker-ensure-initdb.sh', ensureInitdb),
    ]),
    run('ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh', [link('/usr/local/bin/docker-enforce-initdb.sh', 'docker-ensure-initdb.sh')]),
    meta('ENTRYPOINT ["docker-entrypoint.sh"]'),
    meta('STOPSIGNAL SIGINT'),
    meta('EXPOSE map[5432/tcp:{}]'),
    meta('CMD ["postgres"]'),
  ],
};
