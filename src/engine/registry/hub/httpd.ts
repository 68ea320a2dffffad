/**
 * `httpd`: Apache HTTP Server built from source into /usr/local/apache2 on
 * debian:bookworm-slim, started by the `httpd-foreground` script. Apache stops
 * gracefully on SIGWINCH, hence the image's STOPSIGNAL.
 * Real size (linux/amd64, 2.4.62): 148MB, 5 layers.
 */
import type { ImageSpec } from './spec.ts';
import { bin, blob, dir, script, text } from './files.ts';
import { copy, meta, run } from './history.ts';

const prefix = '/usr/local/apache2';
const lib = '/usr/lib/x86_64-linux-gnu';

/** Upstream's script: a stale PID file from a killed container would stop Apache from starting. */
export const httpdForeground = `#!/bin/sh
set -e

# Apache gets grumpy about PID files pre-existing
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND "$@"
`;

const env = ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HTTPD_PREFIX=${prefix}`, 'HTTPD_VERSION=2.4.62', 'HTTPD_PATCHES='];

const modules = 'authn_file authn_core authz_host authz_groupfile authz_user authz_core access_compat auth_basic reqtimeout filter mime log_config env headers setenvif version unixd status autoindex dir alias proxy proxy_http ssl rewrite deflate http2 cgid socache_shmcb mpm_event mpm_prefork mpm_worker';

export const httpdLatest: ImageSpec = {
  repository: 'library/httpd',
  tags: ['latest', '2', '2.4', '2.4.62', 'bookworm', '2.4-bookworm'],
  created: '2024-11-12T02:15:20Z',
  base: 'library/debian:bookworm-slim',
  config: { Env: env, Cmd: ['httpd-foreground'], WorkingDir: prefix, ExposedPorts: { '80/tcp': {} }, StopSignal: 'SIGWINCH' },
  steps: [
    meta(`ENV HTTPD_PREFIX=${prefix}`),
    meta(`ENV PATH=${env[0].slice('PATH='.length)}`),
    run(`mkdir -p "$HTTPD_PREFIX"     && chown www-data:www-data "$HTTPD_PREFIX"`, [dir(prefix, 0o755, 33, 33)]),
    meta(`WORKDIR ${prefix}`),
    run('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/*', [
      blob(`${lib}/libapr-1.so.0.7.2`, 240_000, 0o755), blob(`${lib}/libaprutil-1.so.0.6.3`, 200_000, 0o755), blob(`${lib}/apr-util-1/apr_ldap-1.so`, 20_000, 0o755),
      blob(`${lib}/libldap-2.5.so.0.1.8`, 387_000, 0o755), blob(`${lib}/libsasl2.so.2.0.25`, 120_000, 0o755), blob(`${lib}/libcrypto.so.3`, 4_709_000, 0o755),
      blob(`${lib}/libssl.so.3`, 692_000, 0o755), blob('/etc/ssl/certs/ca-certificates.crt', 221_000), blob(`${lib}/libgnutls.so.30.34.3`, 2_216_784, 0o755),
      blob('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939), blob(`${lib}/libexpat.so.1.8.10`, 200_000, 0o755),
    ]),
    meta('ENV HTTPD_VERSION=2.4.62'),
    meta('ENV HTTPD_PATCHES='),
    run('set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev \t\tlibpcre2-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\twget \t\tzlib1g-dev \t; ... \t./configure \t\t--build="$gnuArch" \t\t--prefix="$HTTPD_PREFIX" \t\t--enable-mods-shared=reallyall \t\t--enable-mpms-shared=all \t\t--enable-pie \t\tCFLAGS="-pipe $CFLAGS" \t; ... \thttpd -v', [
      bin(`${prefix}/bin/httpd`, 'httpd', 2_660_000),
      bin(`${prefix}/bin/apachectl`, 'apachectl', 3_500),
      bin(`${prefix}/bin/htpasswd`, 'htpasswd', 230_000),
      bin(`${prefix}/bin/ab`, 'ab', 320_000),
      bin(`${prefix}/bin/rotatelogs`, 'rotatelogs', 70_000),
      text(`${prefix}/htdocs/index.html`, '<html><body><h1>It works!</h1></body></html>\n'),
      blob(`${prefix}/conf/httpd.conf`, 20_979),
      blob(`${prefix}/conf/magic`, 13_077),
      blob(`${prefix}/conf/mime.types`, 60_847),
      blob(`${prefix}/conf/extra/httpd-ssl.conf`, 13_493),
      blob(`${prefix}/conf/extra/httpd-vhosts.conf`, 1_477),
      blob(`${prefix}/error/HTTP_NOT_FOUND.html.var`, 13_186),
      blob(`${prefix}/icons/apache_pb.png`, 4_463),
      blob(`${prefix}/cgi-bin/printenv`, 820),
      dir(`${prefix}/logs`),
      ...modules.split(' ').map((name) => blob(`${prefix}/modules/mod_${name}.so`, name === 'ssl' ? 800_000 : name === 'http2' ? 620_000 : name === 'proxy' ? 420_000 : 90_000, 0o755)),
      ...modules.split(' ').flatMap((name) => ['en', 'de', 'es', 'fr.utf8', 'ja.utf8', 'ko.euc-kr', 'tr.utf8'].map((lang) => blob(`${prefix}/manual/mod/mod_${name}.html.${lang}`, 40_000))),
      blob(`${lib}/libbrotlienc.so.1.0.9`, 680_000, 0o755), blob(`${lib}/libjansson.so.4.14.0`, 60_000, 0o755), blob(`${lib}/liblua5.2.so.0.0.0`, 230_000, 0o755),
      blob(`${lib}/libnghttp2.so.14.24.1`, 173_000, 0o755), blob(`${lib}/libcurl.so.4.8.0`, 727_000, 0o755), blob(`${lib}/libxml2.so.2.9.14`, 1_960_000, 0o755),
      blob(`${lib}/libicudata.so.72.1`, 30_900_000, 0o755), blob(`${lib}/libicuuc.so.72.1`, 2_100_000, 0o755), blob(`${lib}/libicui18n.so.72.1`, 3_400_000, 0o755),
    ]),
    meta('STOPSIGNAL SIGWINCH'),
    copy('COPY httpd-foreground /usr/local/bin/', [script('/usr/local/bin/httpd-foreground', httpdForeground)]),
    meta('EXPOSE map[80/tcp:{}]'),
    meta('CMD ["httpd-foreground"]'),
  ],
};
