/**
 * `postgres:16`: PostgreSQL from the PGDG apt repository on debian:bookworm-slim, with
 * the en_US.UTF-8 locale, gosu, and the entrypoint that initialises PGDATA on first
 * start. It stops on SIGINT (PostgreSQL's "fast shutdown").
 * Real size (linux/amd64, 16.6): 435MB, 13 layers.
 */
import type { ImageSpec } from './spec.ts';
import { bin, blob, dir, link, script, text } from './files.ts';
import { copy, meta, run } from './history.ts';
import { debianGroup, debianPasswd } from './deb-etc.ts';
import { ensureInitdb, postgresEntrypoint } from './postgres-entrypoint.ts';

const lib = '/usr/lib/x86_64-linux-gnu';
const pgbin = '/usr/lib/postgresql/16/bin';
const pgdata = '/var/lib/postgresql/data';
const path = `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:${pgbin}`;
const env = [path, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', 'PG_MAJOR=16', 'PG_VERSION=16.6-1.pgdg120+1', `PGDATA=${pgdata}`];

const serverFiles = [
  bin(`${pgbin}/postgres`, 'postgres', 9_700_000),
  bin(`${pgbin}/initdb`, 'initdb', 160_000),
  bin(`${pgbin}/pg_ctl`, 'pg_ctl', 75_000),
  bin(`${pgbin}/psql`, 'psql', 760_000),
  bin(`${pgbin}/pg_dump`, 'pg_dump', 480_000),
  bin(`${pgbin}/pg_restore`, 'pg_restore', 230_000),
  bin(`${pgbin}/pg_isready`, 'pg_isready', 40_000),
  bin(`${pgbin}/createdb`, 'createdb', 50_000),
  bin(`${pgbin}/pg_basebackup`, 'pg_basebackup', 170_000),
  blob('/usr/share/postgresql/16/postgresql.conf.sample', 29_914),
  blob('/usr/share/postgresql/16/pg_hba.conf.sample', 5_711),
  blob('/usr/share/postgresql/16/postgres.bki', 1_000_000),
  blob('/usr/share/postgresql/16/system_views.sql', 46_000),
  blob('/usr/share/postgresql/16/information_schema.sql', 116_000),
  blob('/usr/share/postgresql/16/timezonesets/Default', 33_000),
  blob('/usr/lib/postgresql/16/lib/llvmjit.so', 140_000, 0o755),
  blob('/usr/lib/postgresql/16/lib/plpgsql.so', 290_000, 0o755),
  blob('/usr/lib/postgresql/16/lib/bitcode/postgres.index.bc', 2_300_000),
  blob('/usr/lib/postgresql/16/lib/pgcrypto.so', 120_000, 0o755),
  blob(`${lib}/libpq.so.5.16`, 330_000, 0o755),
  // The JIT compiler: PGDG builds postgresql-16 against LLVM 14, the biggest file of the image.
  blob(`${lib}/libLLVM-14.so.1`, 98_600_000, 0o755),
  blob(`${lib}/libz3.so.4`, 23_000_000, 0o755),
  blob(`${lib}/libicudata.so.72.1`, 30_900_000, 0o755),
  blob(`${lib}/libicuuc.so.72.1`, 2_100_000, 0o755),
  blob(`${lib}/libicui18n.so.72.1`, 3_400_000, 0o755),
  blob(`${lib}/libxml2.so.2.9.14`, 1_960_000, 0o755),
  blob(`${lib}/libcrypto.so.3`, 4_709_000, 0o755),
  blob(`${lib}/libssl.so.3`, 692_000, 0o755),
  blob(`${lib}/libperl.so.5.36.0`, 3_930_000, 0o755),
  blob(`${lib}/libpython3.11.so.1.0`, 7_100_000, 0o755),
  blob(`${lib}/libldap-2.5.so.0.1.8`, 387_000, 0o755),
  blob(`${lib}/libkrb5.so.3.3`, 863_000, 0o755),
  blob('/usr/share/perl/5.36.0/unicore/Name.pl', 1_600_000),
  blob('/usr/lib/python3.11/pydoc_data/topics.py', 760_000),
  bin('/usr/bin/python3.11', 'python3', 6_831_000),
  blob('/usr/share/zoneinfo/tzdata.zi', 109_390),
  blob('/usr/share/postgresql-common/pg_wrapper', 14_000, 0o755),
];

export const postgres16: ImageSpec = {
  repository: 'library/postgres',
  tags: ['16', '16.6', '16-bookworm', '16.6-bookworm', 'latest'],
  created: '2024-11-21T22:03:55Z',
  base: 'library/debian:bookworm-slim',
  config: { Env: env, Entrypoint: ['docker-entrypoint.sh'], Cmd: ['postgres'], Volumes: { [pgdata]: {} }, ExposedPorts: { '5432/tcp': {} }, StopSignal: 'SIGINT' },
  steps: [
    run('set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tmkdir -p /var/lib/postgresql; \tchown -R postgres:postgres /var/lib/postgresql', [
      text('/etc/passwd', `${debianPasswd}postgres:x:999:999::/var/lib/postgresql:/bin/bash\n`),
      text('/etc/group', `${debianGroup}postgres:x:999:\n`),
      dir('/var/lib/postgresql', 0o755, 999, 999),
    ]),
    meta('ENV GOSU_VERSION=1.17'),
    run('set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates wget; ... \tgosu --version; \tgosu nobody true', [
      bin('/usr/local/bin/gosu', 'gosu', 2_260_000), blob('/etc/ssl/certs/ca-certificates.crt', 221_000),
    ]),
    run("set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \t\t! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \tlocale-gen; \tlocale -a | grep 'en_US.utf8'", [
      blob('/usr/lib/locale/locale-archive', 3_060_000), blob('/usr/share/i18n/charmaps/UTF-8.gz', 320_000), blob('/usr/share/i18n/locales/en_US', 5_000),
      blob('/usr/share/i18n/locales/i18n_ctype', 290_000), blob('/usr/share/i18n/SUPPORTED', 9_000), text('/etc/locale.gen', 'en_US.UTF-8 UTF-8\n'),
      bin('/usr/sbin/locale-gen', 'locale-gen', 1_500), bin('/usr/bin/localedef', 'localedef', 330_000),
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
    run('mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql', [dir('/run/postgresql', 0o3777, 999, 999)]),
    meta(`ENV PGDATA=${pgdata}`),
    run('mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 1777 "$PGDATA"', [dir(pgdata, 0o1777, 999, 999)]),
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
