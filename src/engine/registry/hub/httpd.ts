/**
 * `httpd`: Apache HTTP Server built from source into /usr/local/apache2 on
 * debian:bookworm-slim, started by the `httpd-foreground` script. Apache stops
 * gracefully on SIGWINCH, hence the image's STOPSIGNAL.
 * The build removes the sources and the manual (`rm -r src man manual`).
 * Real size (linux/amd64, 2.4.62): 148MB, 6 layers (WORKDIR makes an empty one).
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

const httpdSha256 = '674188e7bf44ced82da8db522da946849e22080d73d16c93f7f4df89e25729ec';
const env = ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HTTPD_PREFIX=${prefix}`, 'HTTPD_VERSION=2.4.62', `HTTPD_SHA256=${httpdSha256}`, 'HTTPD_PATCHES='];

/** `--enable-mods-shared=reallyall`: every module is built as a shared object. */
const modules =
  'access_compat actions alias allowmethods asis auth_basic auth_digest auth_form authn_anon authn_core authn_dbd authn_dbm ' +
  'authn_file authn_socache authnz_fcgi authnz_ldap authz_core authz_dbd authz_dbm authz_groupfile authz_host authz_owner ' +
  'authz_user autoindex brotli buffer cache cache_disk cache_socache case_filter case_filter_in cern_meta cgi cgid charset_lite ' +
  'data dav dav_fs dav_lock dbd deflate dialup dir dumpio echo env expires ext_filter file_cache filter headers heartbeat ' +
  'heartmonitor http2 ident imagemap include info lbmethod_bybusyness lbmethod_byrequests lbmethod_bytraffic lbmethod_heartbeat ' +
  'ldap log_config log_debug log_forensic logio lua macro md mime mime_magic mpm_event mpm_prefork mpm_worker negotiation ' +
  'proxy proxy_ajp proxy_balancer proxy_connect proxy_express proxy_fcgi proxy_fdpass proxy_ftp proxy_hcheck proxy_html ' +
  'proxy_http proxy_http2 proxy_scgi proxy_uwsgi proxy_wstunnel ratelimit reflector remoteip reqtimeout request rewrite sed ' +
  'session session_cookie session_crypto session_dbd setenvif slotmem_plain slotmem_shm socache_dbm socache_memcache ' +
  'socache_redis socache_shmcb speling ssl status substitute suexec unique_id unixd userdir usertrack version vhost_alias ' +
  'watchdog xml2enc';

const bigModules: Record<string, number> = { ssl: 800_000, http2: 620_000, md: 900_000, proxy: 420_000, lua: 330_000, proxy_http2: 210_000, cache_socache: 150_000, dav: 200_000, ldap: 180_000 };

export const httpdLatest: ImageSpec = {
  repository: 'library/httpd',
  tags: ['latest', '2', '2.4', '2.4.62', 'bookworm', '2.4-bookworm'],
  created: '2024-07-17T23:31:14Z',
  base: 'library/debian:bookworm-slim',
  config: { Env: env, Cmd: ['httpd-foreground'], WorkingDir: prefix, ExposedPorts: { '80/tcp': {} }, StopSignal: 'SIGWINCH' },
  steps: [
    meta(`ENV HTTPD_PREFIX=${prefix}`),
    meta(`ENV PATH=${env[0].slice('PATH='.length)}`),
    run(`mkdir -p "$HTTPD_PREFIX"     && chown www-data:www-data "$HTTPD_PREFIX"`, [dir(prefix, 0o755, 33, 33)]),
    meta(`WORKDIR ${prefix}`, []),
    run('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/*', [
      blob(`${lib}/libapr-1.so.0.7.2`, 240_000, 0o755), blob(`${lib}/libaprutil-1.so.0.6.3`, 200_000, 0o755), blob(`${lib}/apr-util-1/apr_ldap-1.so`, 20_000, 0o755),
      blob(`${lib}/libldap-2.5.so.0.1.8`, 387_000, 0o755), blob(`${lib}/libsasl2.so.2.0.25`, 120_000, 0o755), blob(`${lib}/libcrypto.so.3`, 4_709_000, 0o755),
      blob(`${lib}/libssl.so.3`, 692_000, 0o755), blob('/etc/ssl/certs/ca-certificates.crt', 221_000), blob(`${lib}/libgnutls.so.30.34.3`, 2_216_784, 0o755),
      blob('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939), blob(`${lib}/libexpat.so.1.8.10`, 200_000, 0o755),
    ]),
    meta('ENV HTTPD_VERSION=2.4.62'),
    meta(`ENV HTTPD_SHA256=${httpdSha256}`),
    meta('ENV HTTPD_PATCHES='),
    run('set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev \t\tlibpcre3-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\twget \t\tzlib1g-dev \t; ... \t./configure \t\t--build="$gnuArch" \t\t--prefix="$HTTPD_PREFIX" \t\t--enable-mods-shared=reallyall \t\t--enable-mpms-shared=all \t\t--enable-pie \t\tCFLAGS="-pipe $CFLAGS" \t; ... \thttpd -v', [
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
      ...modules.split(' ').map((name) => blob(`${prefix}/modules/mod_${name}.so`, bigModules[name] ?? 75_000, 0o755)),
      ...'ap_config.h ap_mmn.h ap_regex.h http_config.h http_core.h http_protocol.h http_request.h httpd.h mod_ssl.h util_filter.h apr.h apr_pools.h apr_strings.h apu.h'.split(' ').map((name) => blob(`${prefix}/include/${name}`, 45_000)),
      ...'apxs checkgid dbmmanage envvars envvars-std fcgistarter htcacheclean htdbm htdigest httxt2dbm logresolve'.split(' ').map((name) => bin(`${prefix}/bin/${name}`, name, 60_000)),
      blob(`${prefix}/build/libtool`, 330_000), blob(`${prefix}/build/config_vars.mk`, 9_000), blob(`${prefix}/build/config.nice`, 300),
      blob(`${lib}/libkrb5.so.3.3`, 863_000, 0o755), blob(`${lib}/libgssapi_krb5.so.2.2`, 338_000, 0o755), blob(`${lib}/libk5crypto.so.3.1`, 200_000, 0o755),
      blob(`${lib}/libssh2.so.1.0.1`, 267_000, 0o755), blob(`${lib}/librtmp.so.1`, 120_000, 0o755), blob(`${lib}/libpsl.so.5.3.4`, 70_000, 0o755),
      blob(`${lib}/libpcre.so.3.13.3`, 470_000, 0o755), blob(`${lib}/libsqlite3.so.0.8.6`, 1_457_000, 0o755), blob(`${lib}/libbrotlicommon.so.1.0.9`, 140_000, 0o755),
      blob(`${lib}/libbrotlidec.so.1.0.9`, 50_000, 0o755), blob(`${lib}/apr-util-1/apr_dbd_sqlite3-1.so`, 25_000, 0o755), blob('/usr/share/publicsuffix/public_suffix_list.dafsa', 45_000),
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
