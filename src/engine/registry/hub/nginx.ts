/**
 * `nginx`: the NGINX team's image, on debian:bookworm-slim (`latest`) and alpine:3.20
 * (`alpine`). One RUN installs nginx, its dynamic modules and their libraries from
 * nginx.org's packages; then the entrypoint and its drop-in scripts are copied, one
 * layer each. Real sizes (linux/amd64, 1.27.3): latest 192MB (7 layers), alpine 47.9MB (8 layers).
 */
import type { FileSpec, ImageSpec, RunConfigSpec } from './spec.ts';
import { bin, blob, dir, link, script, text } from './files.ts';
import { copy, meta, run } from './history.ts';
import { debianGroup, debianPasswd } from './deb-etc.ts';
import { defaultConf, errorHtml, indexHtml, mimeTypes, nginxConf } from './nginx-content.ts';
import { envsubstOnTemplates, listenOnIpv6, localResolvers, nginxEntrypoint, tuneWorkerProcesses } from './nginx-entrypoint.ts';

const version = '1.27.3';
const lib = '/usr/lib/x86_64-linux-gnu';

/** What the nginx package puts in place on both distributions. */
function nginxPackageFiles(sbinSize: number): FileSpec[] {
  return [
    bin('/usr/sbin/nginx', 'nginx', sbinSize),
    bin('/usr/sbin/nginx-debug', 'nginx', Math.round(sbinSize * 1.07)),
    text('/etc/nginx/nginx.conf', nginxConf),
    text('/etc/nginx/conf.d/default.conf', defaultConf),
    text('/etc/nginx/mime.types', mimeTypes),
    blob('/etc/nginx/fastcgi_params', 1_007),
    blob('/etc/nginx/scgi_params', 636),
    blob('/etc/nginx/uwsgi_params', 664),
    link('/etc/nginx/modules', '/usr/lib/nginx/modules'),
    text('/usr/share/nginx/html/index.html', indexHtml),
    text('/usr/share/nginx/html/50x.html', errorHtml),
    dir('/var/cache/nginx'),
    // The image sends nginx's logs to the container's stdout and stderr, which `docker logs` collects.
    link('/var/log/nginx/access.log', '/dev/stdout'),
    link('/var/log/nginx/error.log', '/dev/stderr'),
    dir('/docker-entrypoint.d'),
  ];
}

function entrypointSteps(): ReturnType<typeof copy>[] {
  return [
    copy('COPY docker-entrypoint.sh /', [script('/docker-entrypoint.sh', nginxEntrypoint)]),
    copy('COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d', [script('/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', listenOnIpv6)]),
    copy('COPY 15-local-resolvers.envsh /docker-entrypoint.d', [script('/docker-entrypoint.d/15-local-resolvers.envsh', localResolvers)]),
    copy('COPY 20-envsubst-on-templates.sh /docker-entrypoint.d', [script('/docker-entrypoint.d/20-envsubst-on-templates.sh', envsubstOnTemplates)]),
    copy('COPY 30-tune-worker-processes.sh /docker-entrypoint.d', [script('/docker-entrypoint.d/30-tune-worker-processes.sh', tuneWorkerProcesses)]),
  ];
}

const tailSteps = [
  meta('ENTRYPOINT ["/docker-entrypoint.sh"]'),
  meta('EXPOSE map[80/tcp:{}]'),
  meta('STOPSIGNAL SIGQUIT'),
  meta('CMD ["nginx" "-g" "daemon off;"]'),
];

function nginxConfig(env: string[]): RunConfigSpec {
  return {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...env],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    ExposedPorts: { '80/tcp': {} },
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  };
}

/** The RUN of the Debian variant, as `docker history --no-trunc` shows it. */
const debianInstall =
  "set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment \"nginx user\" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     &&     NGINX_GPGKEYS=\"573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46 9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3\";     NGINX_GPGKEY_PATH=/etc/apt/keyrings/nginx-archive-keyring.gpg;     export GNUPGHOME=\"$(mktemp -d)\";     found='';     for NGINX_GPGKEY in $NGINX_GPGKEYS; do     for server in         hkp://keyserver.ubuntu.com:80         pgp.mit.edu     ; do         echo \"Fetching GPG key $NGINX_GPGKEY from $server\";         gpg1 --keyserver \"$server\" --keyserver-options timeout=10 --recv-keys \"$NGINX_GPGKEY\" && found=yes && break;     done;     test -z \"$found\" && echo >&2 \"error: failed to fetch GPG key $NGINX_GPGKEY\" && exit 1;     done;     gpg1 --export \"$NGINX_GPGKEYS\" > \"$NGINX_GPGKEY_PATH\" ;     rm -rf \"$GNUPGHOME\";     apt-get remove --purge --auto-remove -y gnupg1 && rm -rf /var/lib/apt/lists/*     && dpkgArch=\"$(dpkg --print-architecture)\"     && nginxPackages=\"         nginx=${NGINX_VERSION}-${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE}     \"     && case \"$dpkgArch\" in         amd64|arm64)             echo \"deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ bookworm nginx\" >> /etc/apt/sources.list.d/nginx.list             && apt-get update             ;;         *)             tempDir=\"$(mktemp -d)\"             && chmod 777 \"$tempDir\"                         && savedAptMark=\"$(apt-mark showmanual)\"                         && apt-get update             && apt-get install --no-install-recommends --no-install-suggests -y                 curl                 devscripts                 equivs                 git                 libxml2-utils                 lsb-release                 xsltproc             && (                 cd \"$tempDir\"                 && REVISION=\"${NGINX_VERSION}-${PKG_RELEASE}\"                 && REVISION=${REVISION%~*}                 && curl -f -L -O https://github.com/nginx/pkg-oss/archive/${REVISION}.tar.gz                 && PKGOSSCHECKSUM=\"5617feecfb441cd972b9ac51a2fd78384a3d2bde2f399163be0746d44ec8f7d8c47234af4f6b0012667c3d0446cced521f55f8f71254415e3766c2e3802bf960 *${REVISION}.tar.gz\"                 && if [ \"$(openssl sha512 -r ${REVISION}.tar.gz)\" = \"$PKGOSSCHECKSUM\" ]; then                     echo \"pkg-oss tarball checksum verification succeeded!\";                 else                     echo \"pkg-oss tarball checksum verification failed!\";                     exit 1;                 fi                 && tar xzvf ${REVISION}.tar.gz                 && cd pkg-oss-${REVISION}                 && cd debian                 && for target in base module-geoip module-image-filter module-njs module-xslt; do                     make rules-$target;                     mk-build-deps --install --tool=\"apt-get -o Debug::pkgProblemResolver=yes --no-install-recommends --yes\"                         debuild-$target/nginx-$NGINX_VERSION/debian/control;                 done                 && make base module-geoip module-image-filter module-njs module-xslt             )                         && apt-mark showmanual | xargs apt-mark auto > /dev/null             && { [ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark; }                         && ls -lAFh \"$tempDir\"             && ( cd \"$tempDir\" && dpkg-scanpackages . > Packages )             && grep '^Package: ' \"$tempDir/Packages\"             && echo \"deb [ trusted=yes ] file://$tempDir ./\" > /etc/apt/sources.list.d/temp.list             && apt-get -o Acquire::GzipIndexes=false update             ;;     esac         && apt-get install --no-install-recommends --no-install-suggests -y                         $nginxPackages                         gettext-base                         curl     && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list         && if [ -n \"$tempDir\" ]; then         apt-get purge -y --auto-remove         && rm -rf \"$tempDir\" /etc/apt/sources.list.d/temp.list;     fi     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d";

const debianEnv = [`NGINX_VERSION=${version}`, 'NJS_VERSION=0.8.7', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'];

export const nginxLatest: ImageSpec = {
  repository: 'library/nginx',
  tags: ['latest', 'mainline', '1', '1.27', version, 'bookworm', 'mainline-bookworm'],
  created: '2024-11-26T18:42:08Z',
  base: 'library/debian:bookworm-slim',
  config: nginxConfig(debianEnv),
  steps: [
    meta('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
    ...debianEnv.map((e) => meta(`ENV ${e}`)),
    run(debianInstall, [
      text('/etc/passwd', `${debianPasswd}nginx:x:101:101:nginx user:/nonexistent:/bin/false\n`),
      text('/etc/group', `${debianGroup}nginx:x:101:\n`),
      ...nginxPackageFiles(1_538_720),
      blob('/usr/lib/nginx/modules/ngx_http_js_module.so', 1_890_000), blob('/usr/lib/nginx/modules/ngx_stream_js_module.so', 1_860_000),
      blob('/usr/lib/nginx/modules/ngx_http_xslt_filter_module.so', 27_000), blob('/usr/lib/nginx/modules/ngx_http_image_filter_module.so', 31_000),
      blob('/usr/lib/nginx/modules/ngx_http_geoip_module.so', 23_000), blob('/usr/lib/nginx/modules/ngx_stream_geoip_module.so', 19_000),
      // Every dynamic module also comes in a -debug build for nginx-debug.
      ...'http_js stream_js http_xslt_filter http_image_filter http_geoip stream_geoip'.split(' ').map((name) => blob(`/usr/lib/nginx/modules/ngx_${name}_module-debug.so`, name.endsWith('js') ? 2_050_000 : 40_000)),
      // libX11's data: input-method compose tables and locale definitions.
      ...'en_US.UTF-8 el_GR.UTF-8 fi_FI.UTF-8 ja_JP.UTF-8 ko_KR.UTF-8 pt_BR.UTF-8 pt_PT.UTF-8 ru_RU.UTF-8 zh_CN.UTF-8 zh_TW.UTF-8 am_ET.UTF-8 sr_RS.UTF-8'.split(' ').map((loc) => blob(`/usr/share/X11/locale/${loc}/Compose`, 280_000)),
      ...'C en_US.UTF-8 el_GR.UTF-8 fi_FI.UTF-8 ja_JP.UTF-8 ko_KR.UTF-8 pt_BR.UTF-8 pt_PT.UTF-8 ru_RU.UTF-8 zh_CN.UTF-8 zh_TW.UTF-8 am_ET.UTF-8 sr_RS.UTF-8 iso8859-1 iso8859-2 iso8859-5 iso8859-7 iso8859-15 koi8-r ja.JIS ja.SJIS ko zh_CN zh_TW.big5'.split(' ').map((loc) => blob(`/usr/share/X11/locale/${loc}/XLC_LOCALE`, 9_000)),
      blob('/usr/share/X11/locale/compose.dir', 45_000), blob('/usr/share/X11/XErrorDB', 41_000),
      blob('/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf', 330_000), blob('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 360_000),
      blob(`${lib}/libgssapi_krb5.so.2.2`, 338_000, 0o755), blob(`${lib}/libk5crypto.so.3.1`, 200_000, 0o755), blob(`${lib}/libjbig.so.0`, 70_000, 0o755),
      blob(`${lib}/libdeflate.so.0`, 100_000, 0o755), blob(`${lib}/libXpm.so.4.11.0`, 80_000, 0o755), blob(`${lib}/libbsd.so.0.11.7`, 90_000, 0o755),
      blob('/usr/share/publicsuffix/public_suffix_list.dat', 240_000), blob('/usr/share/publicsuffix/public_suffix_list.dafsa', 45_000),
      bin('/usr/bin/curl', 'curl', 285_000), bin('/usr/bin/envsubst', 'envsubst', 35_000),
      blob(`${lib}/libcurl.so.4.8.0`, 727_000, 0o755), blob(`${lib}/libcrypto.so.3`, 4_709_000, 0o755), blob(`${lib}/libssl.so.3`, 692_000, 0o755),
      blob(`${lib}/libicudata.so.72.1`, 30_900_000, 0o755), blob(`${lib}/libicuuc.so.72.1`, 2_100_000, 0o755), blob(`${lib}/libicui18n.so.72.1`, 3_400_000, 0o755),
      blob(`${lib}/libxml2.so.2.9.14`, 1_960_000, 0o755), blob(`${lib}/libxslt.so.1.1.35`, 240_000, 0o755), blob(`${lib}/libexslt.so.0.8.20`, 88_000, 0o755),
      blob(`${lib}/libgd.so.3.0.11`, 420_000, 0o755), blob(`${lib}/libfreetype.so.6.18.3`, 800_000, 0o755), blob(`${lib}/libfontconfig.so.1.12.0`, 300_000, 0o755),
      blob(`${lib}/libtiff.so.6.0.0`, 560_000, 0o755), blob(`${lib}/libwebp.so.7.1.5`, 420_000, 0o755), blob(`${lib}/libjpeg.so.62.3.0`, 420_000, 0o755),
      blob(`${lib}/libpng16.so.16.39.0`, 230_000, 0o755), blob(`${lib}/libX11.so.6.4.0`, 1_300_000, 0o755), blob(`${lib}/libxcb.so.1.1.0`, 170_000, 0o755),
      blob(`${lib}/libheif.so.1.15.1`, 600_000, 0o755), blob(`${lib}/libde265.so.0.1.1`, 700_000, 0o755), blob(`${lib}/libx265.so.199`, 12_800_000, 0o755),
      blob(`${lib}/libaom.so.3.6.0`, 6_400_000, 0o755), blob(`${lib}/libdav1d.so.6.6.0`, 1_900_000, 0o755), blob(`${lib}/libLerc.so.4`, 560_000, 0o755),
      blob(`${lib}/libkrb5.so.3.3`, 863_000, 0o755), blob(`${lib}/libldap-2.5.so.0.1.8`, 387_000, 0o755), blob(`${lib}/libsasl2.so.2.0.25`, 120_000, 0o755),
      blob(`${lib}/libssh2.so.1.0.1`, 267_000, 0o755), blob(`${lib}/libnghttp2.so.14.24.1`, 173_000, 0o755), blob(`${lib}/librtmp.so.1`, 120_000, 0o755),
      blob(`${lib}/libbrotlienc.so.1.0.9`, 680_000, 0o755), blob(`${lib}/libbrotlicommon.so.1.0.9`, 140_000, 0o755), blob(`${lib}/libGeoIP.so.1.6.12`, 140_000, 0o755),
      blob('/usr/share/GeoIP/GeoIP.dat', 1_300_000), blob('/usr/share/GeoIP/GeoIPv6.dat', 3_300_000),
      blob('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 757_000), blob('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 706_000),
      blob('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', 340_000), blob('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 380_000),
      blob('/etc/ssl/certs/ca-certificates.crt', 221_000), blob('/usr/share/X11/locale/locale.dir', 42_000),
      blob('/var/cache/fontconfig/CACHEDIR.TAG', 200),
    ]),
    ...entrypointSteps(),
    ...tailSteps,
  ],
};

const alpineEnv = [`NGINX_VERSION=${version}`, 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.7', 'NJS_RELEASE=1'];

export const nginxAlpine: ImageSpec = {
  repository: 'library/nginx',
  tags: ['alpine', 'mainline-alpine', '1-alpine', '1.27-alpine', `${version}-alpine`, 'alpine3.20'],
  created: '2024-11-26T18:42:09Z',
  base: 'library/alpine:3.20',
  config: nginxConfig(alpineEnv),
  steps: [
    meta('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
    meta(`ENV NGINX_VERSION=${version}`),
    meta('ENV PKG_RELEASE=1'),
    meta('ENV DYNPKG_RELEASE=1'),
    run('set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && ...     && apk add --no-cache tzdata     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d', [
      ...nginxPackageFiles(1_331_400),
      blob('/usr/lib/libpcre2-8.so.0.12.0', 580_000, 0o755), blob('/usr/share/zoneinfo/tzdata.zi', 109_000),
      blob('/usr/share/zoneinfo/Europe/London', 3_664), blob('/usr/share/zoneinfo/right/Europe/London', 4_264), blob('/usr/share/zoneinfo/leap-seconds.list', 10_634),
      blob('/usr/lib/libintl.so.8.4.0', 52_000, 0o755), blob('/usr/bin/envsubst', 43_000, 0o755), blob('/usr/share/zoneinfo/zone1970.tab', 17_600),
      blob('/usr/share/zoneinfo/iso3166.tab', 4_800), blob('/usr/share/zoneinfo/Asia/Tokyo', 309), blob('/usr/share/zoneinfo/America/New_York', 3_552),
    ]),
    ...entrypointSteps(),
    ...tailSteps,
    meta('ENV NJS_VERSION=0.8.7'),
    meta('ENV NJS_RELEASE=1'),
    run('set -x     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${NJS_RELEASE}     "  ...     && apk add --no-cache curl ca-certificates', [
      blob('/usr/lib/nginx/modules/ngx_http_js_module.so', 1_850_000), blob('/usr/lib/nginx/modules/ngx_stream_js_module.so', 1_820_000),
      blob('/usr/lib/nginx/modules/ngx_http_xslt_filter_module.so', 25_000), blob('/usr/lib/nginx/modules/ngx_http_image_filter_module.so', 29_000),
      blob('/usr/lib/nginx/modules/ngx_http_geoip_module.so', 21_000), blob('/usr/lib/nginx/modules/ngx_stream_geoip_module.so', 17_000),
      bin('/usr/bin/curl', 'curl', 250_000), blob('/usr/lib/libcurl.so.4.8.0', 650_000, 0o755),
      blob('/usr/lib/libxml2.so.2.12.7', 1_250_000, 0o755), blob('/usr/lib/libxslt.so.1.1.39', 200_000, 0o755), blob('/usr/lib/libexslt.so.0.8.21', 80_000, 0o755),
      blob('/usr/lib/libgd.so.3.0.11', 380_000, 0o755), blob('/usr/lib/libfreetype.so.6.20.1', 760_000, 0o755), blob('/usr/lib/libfontconfig.so.1.13.0', 290_000, 0o755),
      blob('/usr/lib/libtiff.so.6.0.2', 500_000, 0o755), blob('/usr/lib/libwebp.so.7.1.9', 380_000, 0o755), blob('/usr/lib/libjpeg.so.8.3.2', 460_000, 0o755),
      blob('/usr/lib/libpng16.so.16.43.0', 210_000, 0o755), blob('/usr/lib/libX11.so.6.4.0', 1_200_000, 0o755), blob('/usr/lib/libavif.so.16.0.4', 200_000, 0o755),
      blob('/usr/lib/libaom.so.3.9.1', 5_900_000, 0o755), blob('/usr/lib/libdav1d.so.7.0.0', 1_800_000, 0o755), blob('/usr/lib/libheif.so.1.17.6', 700_000, 0o755),
      blob('/usr/lib/libx265.so.199', 13_000_000, 0o755), blob('/usr/lib/libde265.so.0.1.8', 650_000, 0o755), blob('/usr/lib/libGeoIP.so.1.6.12', 130_000, 0o755),
      blob('/usr/share/GeoIP/GeoIP.dat', 1_300_000), blob('/usr/share/GeoIP/GeoIPv6.dat', 3_300_000), blob('/usr/lib/libbrotlienc.so.1.1.0', 650_000, 0o755),
      blob('/usr/lib/libnghttp2.so.14.28.2', 160_000, 0o755), blob('/usr/lib/libidn2.so.0.4.0', 130_000, 0o755), blob('/usr/lib/libpsl.so.5.3.5', 60_000, 0o755),
      blob('/usr/share/fonts/dejavu/DejaVuSans.ttf', 757_000),
    ]),
  ],
};
