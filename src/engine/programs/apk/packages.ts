/**
 * A small simulated APKINDEX for Alpine v3.20 (main and community, x86_64): real
 * package names, versions, dependencies and installed sizes, with each package's main
 * files. Executables that the userland implements (`curl`, `bash`, `git` is not) run;
 * the others are placeholders that say they are not simulated. The base set is what
 * the alpine:3.20 minirootfs already has installed.
 */
import type { PackageFile } from '../package-files.ts';

export interface ApkPackage {
  name: string;
  version: string;
  repo: 'main' | 'community';
  deps: string[];
  files: PackageFile[];
}

const p = (name: string, version: string, deps: string[], files: PackageFile[], repo: 'main' | 'community' = 'main'): ApkPackage => ({ name, version, repo, deps, files });
const lib = (file: string, size: number): PackageFile => [`/usr/lib/${file}`, size];
const usrBin = (name: string, size: number, program = name): PackageFile => [`/usr/bin/${name}`, size, program];

/** What alpine:3.20's minirootfs has installed (apk info), 8.0 MiB together. */
export const apkBase: Record<string, string> = {
  'alpine-baselayout': '3.6.5-r0', 'alpine-baselayout-data': '3.6.5-r0', 'alpine-keys': '2.4-r1', 'apk-tools': '2.14.4-r1', busybox: '1.36.1-r29',
  'busybox-binsh': '1.36.1-r29', 'ca-certificates-bundle': '20240705-r0', libcrypto3: '3.3.2-r1', libssl3: '3.3.2-r1', musl: '1.2.5-r0',
  'musl-utils': '1.2.5-r0', scanelf: '1.3.7-r2', ssl_client: '1.36.1-r29', zlib: '1.3.1-r1',
};
export const apkBaseBytes = 8_400_000;

export const apkIndex: ApkPackage[] = [
  p('ca-certificates', '20240705-r0', [], [['/etc/ssl/certs/ca-certificates.crt', 220_000], ['/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939], ['/usr/sbin/update-ca-certificates', 30_000, 'update-ca-certificates'], ['/usr/share/ca-certificates/mozilla/DigiCert_Global_Root_G2.crt', 456_000]]),
  p('brotli-libs', '1.1.0-r2', [], [lib('libbrotlicommon.so.1.1.0', 137_000), lib('libbrotlidec.so.1.1.0', 50_000), lib('libbrotlienc.so.1.1.0', 595_000)]),
  p('c-ares', '1.33.1-r0', [], [lib('libcares.so.2.17.1', 242_000)]),
  p('libunistring', '1.2-r0', [], [lib('libunistring.so.5.1.0', 1_860_000)]),
  p('libidn2', '2.3.7-r0', ['libunistring'], [lib('libidn2.so.0.4.0', 146_000)]),
  p('nghttp2-libs', '1.62.1-r0', [], [lib('libnghttp2.so.14.28.1', 182_000)]),
  p('libpsl', '0.21.5-r1', ['libidn2', 'libunistring'], [lib('libpsl.so.5.3.5', 88_000)]),
  p('zstd-libs', '1.5.6-r0', [], [lib('libzstd.so.1.5.6', 748_000)]),
  p('libcurl', '8.11.0-r2', ['ca-certificates', 'brotli-libs', 'c-ares', 'libidn2', 'nghttp2-libs', 'libpsl', 'zstd-libs'], [lib('libcurl.so.4.8.0', 565_000)]),
  p('curl', '8.11.0-r2', ['ca-certificates', 'libcurl'], [usrBin('curl', 262_000)]),
  p('libexpat', '2.6.4-r0', [], [lib('libexpat.so.1.9.3', 180_000)]),
  p('pcre2', '10.43-r0', [], [lib('libpcre2-8.so.0.13.0', 632_000), lib('libpcre2-posix.so.3.0.5', 14_000)]),
  p('git', '2.45.2-r0', ['ca-certificates', 'libcurl', 'libexpat', 'pcre2', 'zlib'], [usrBin('git', 3_260_000), ['/usr/libexec/git-core/git-remote-http', 1_650_000, 'git-remote-http'], ['/usr/share/git-core/templates/description', 73]]),
  p('ncurses-terminfo-base', '6.4_p20240420-r2', [], [['/etc/terminfo/x/xterm', 3_500], ['/etc/terminfo/v/vt100', 1_200], ['/etc/terminfo/l/linux', 1_800]]),
  p('libncursesw', '6.4_p20240420-r2', ['ncurses-terminfo-base'], [lib('libncursesw.so.6.4', 390_000)]),
  p('readline', '8.2.10-r0', ['libncursesw'], [lib('libreadline.so.8.2', 288_000)]),
  p('bash', '5.2.26-r0', ['readline'], [['/bin/bash', 1_230_000, 'bash'], ['/usr/lib/bash/sleep', 14_000]]),
  p('oniguruma', '6.9.9-r0', [], [lib('libonig.so.5.4.0', 532_000)]),
  p('jq', '1.7.1-r0', ['oniguruma'], [usrBin('jq', 326_000)]),
  p('libgcc', '13.2.1_git20240309-r0', [], [lib('libgcc_s.so.1', 154_000)]),
  p('libstdc++', '13.2.1_git20240309-r0', ['libgcc'], [lib('libstdc++.so.6.0.32', 2_460_000)]),
  p('tzdata', '2024b-r0', [], [['/usr/share/zoneinfo/Europe/Paris', 2_962], ['/usr/share/zoneinfo/America/New_York', 3_552], ['/usr/share/zoneinfo/tzdata.zi', 109_390], ['/usr/share/zoneinfo/leap-seconds.list', 1_240_000]]),
  p('wget', '1.24.5-r0', ['libidn2', 'libunistring', 'pcre2'], [usrBin('wget', 480_000)]),
  p('openssl', '3.3.2-r1', [], [usrBin('openssl', 805_000)]),
  p('icu-data-en', '74.2-r0', [], [['/usr/share/icu/74.2/icudt74l.dat', 2_630_000]]),
  p('icu-libs', '74.2-r0', ['icu-data-en', 'libstdc++'], [lib('libicuuc.so.74.2', 2_060_000), lib('libicui18n.so.74.2', 3_390_000)]),
  p('ada-libs', '2.7.8-r0', ['libstdc++'], [lib('libada.so.2.7.8', 312_000)]),
  p('simdjson', '3.9.4-r0', ['libstdc++'], [lib('libsimdjson.so.19.0.0', 2_120_000)]),
  p('simdutf', '5.2.8-r0', ['libstdc++'], [lib('libsimdutf.so.16.0.0', 1_340_000)]),
  p('nodejs', '20.15.1-r0', ['ca-certificates', 'ada-libs', 'brotli-libs', 'c-ares', 'icu-libs', 'nghttp2-libs', 'simdjson', 'simdutf', 'libstdc++'], [usrBin('node', 40_900_000)]),
  p('npm', '10.8.0-r0', ['nodejs'], [['/usr/lib/node_modules/npm/index.js', 9_200_000], ['/usr/bin/npm', 0, '->../lib/node_modules/npm/bin/npm-cli.js'], ['/usr/lib/node_modules/npm/bin/npm-cli.js', 54, 'npm']], 'community'),
  p('libffi', '3.4.6-r0', [], [lib('libffi.so.8.1.4', 46_000)]),
  p('libbz2', '1.0.8-r6', [], [lib('libbz2.so.1.0.8', 74_000)]),
  p('xz-libs', '5.6.2-r0', [], [lib('liblzma.so.5.6.2', 194_000)]),
  p('mpdecimal', '4.0.0-r0', [], [lib('libmpdec.so.4.0.0', 232_000)]),
  p('sqlite-libs', '3.45.3-r1', [], [lib('libsqlite3.so.0.8.6', 1_500_000)]),
  p('gdbm', '1.23-r1', [], [lib('libgdbm.so.6.0.0', 54_000)]),
  p('libpanelw', '6.4_p20240420-r2', ['libncursesw'], [lib('libpanelw.so.6.4', 14_000)]),
  p('python3', '3.12.7-r0', ['ca-certificates', 'gdbm', 'libbz2', 'libffi', 'libpanelw', 'mpdecimal', 'readline', 'sqlite-libs', 'xz-libs'], [usrBin('python3.12', 14_000, 'python3'), ['/usr/bin/python3', 0, '->python3.12'], lib('libpython3.12.so.1.0', 5_900_000), ['/usr/lib/python3.12/os.py', 39_800], ['/usr/lib/python3.12/lib-dynload/_ssl.cpython-312-x86_64-linux-musl.so', 200_000], ['/usr/lib/python3.12/stdlib.zip', 37_000_000]]),
  p('py3-pip', '24.0-r2', ['python3'], [usrBin('pip3', 260, 'python3'), ['/usr/bin/pip', 0, '->pip3'], ['/usr/lib/python3.12/site-packages/pip/__init__.py', 11_000_000]], 'community'),
  p('htop', '3.3.0-r0', ['libncursesw'], [usrBin('htop', 266_000)]),
  p('vim', '9.1.0414-r1', ['libncursesw'], [usrBin('vim', 3_300_000), ['/usr/share/vim/vim91/defaults.vim', 28_000_000]]),
  p('make', '4.4.1-r2', [], [usrBin('make', 250_000)]),
];
