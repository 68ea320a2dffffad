/**
 * `buildpack-deps:bookworm`, the base of the Debian-based node and python images, in
 * its three stacked tags: `-curl` (download tools and TLS), `-scm` (git, mercurial,
 * subversion, ssh) and the full one (compilers and the -dev libraries that native
 * modules build against). Each RUN of `apt-get install` is one layer; only the
 * biggest files of each are listed, with their amd64 sizes.
 * Real sizes (linux/amd64): bookworm-curl 155MB, bookworm-scm 311MB, bookworm 898MB.
 */
import type { ImageSpec } from './spec.ts';
import { bin, blob, link, MB } from './files.ts';
import { run } from './history.ts';
import { perlFull } from './perl-files.ts';
import { mercurialWithPython } from './python-files.ts';
import { copyrightFiles, packageDocs } from './deb-packages.ts';
import { binutilsAndStaticLibraries, desktopCatalogs, developmentHeaders, toolchainCatalogs, toolchainPackages } from './toolchain-files.ts';

const lib = '/usr/lib/x86_64-linux-gnu';
const path = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const buildpackDepsCurl: ImageSpec = {
  repository: 'library/buildpack-deps',
  tags: ['bookworm-curl', 'curl', 'stable-curl'],
  created: '2024-11-12T02:18:34Z',
  base: 'library/debian:bookworm',
  config: { Env: [path], Cmd: ['bash'] },
  steps: [
    run('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/*', [
      bin('/usr/bin/curl', 'curl', 285_000), bin('/usr/bin/wget', 'wget', 537_000), bin('/usr/bin/sq', 'sq', 14.7 * MB),
      bin('/usr/bin/gpg', 'gpg', 1_150_000), bin('/usr/bin/gpg-agent', 'gpg-agent', 420_000), bin('/usr/bin/dirmngr', 'dirmngr', 640_000),
      bin('/usr/bin/gpgsm', 'gpgsm', 530_000), bin('/usr/bin/gpgconf', 'gpgconf', 190_000),
      blob(`${lib}/libcurl.so.4.8.0`, 727_000, 0o755), link(`${lib}/libcurl.so.4`, 'libcurl.so.4.8.0'),
      blob(`${lib}/libcrypto.so.3`, 4_709_000, 0o755), blob(`${lib}/libssl.so.3`, 692_000, 0o755),
      blob(`${lib}/libsqlite3.so.0.8.6`, 1_457_000, 0o755), blob(`${lib}/libkrb5.so.3.3`, 863_000, 0o755),
      blob(`${lib}/libldap-2.5.so.0.1.8`, 387_000, 0o755), blob(`${lib}/libssh2.so.1.0.1`, 267_000, 0o755),
      blob(`${lib}/libnghttp2.so.14.24.1`, 173_000, 0o755), blob(`${lib}/libbotan-2.so.19`, 8_900_000, 0o755),
      blob(`${lib}/libcapnp-0.9.2.so`, 1_250_000, 0o755), blob(`${lib}/libnettle.so.8.6`, 293_000, 0o755),
      blob('/etc/ssl/certs/ca-certificates.crt', 221_000), blob('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939),
      blob('/usr/share/gnupg/help.txt', 16_000), blob('/etc/services', 12_813), blob('/etc/protocols', 3_038),
      blob(`${lib}/libmagic.so.1.0.0`, 150_000, 0o755), blob('/usr/share/misc/magic.mgc', 7_900_000),
    ]),
  ],
};

export const buildpackDepsScm: ImageSpec = {
  repository: 'library/buildpack-deps',
  tags: ['bookworm-scm', 'scm', 'stable-scm'],
  created: '2024-11-12T02:19:40Z',
  base: 'library/buildpack-deps:bookworm-curl',
  config: { Env: [path], Cmd: ['bash'] },
  steps: [
    run('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/*', [
      bin('/usr/bin/git', 'git', 4_195_000), bin('/usr/lib/git-core/git-remote-http', 'git', 1_990_000), bin('/usr/lib/git-core/git-http-fetch', 'git', 1_890_000),
      bin('/usr/lib/git-core/git-daemon', 'git', 1_810_000), bin('/usr/lib/git-core/git-sh-i18n--envsubst', 'git', 1_780_000),
      blob('/usr/share/git-core/templates/description', 73),
      bin('/usr/bin/hg', 'hg', 1_700),
      ...mercurialWithPython(),
      bin('/usr/bin/python3.11', 'python3', 6_831_000), link('/usr/bin/python3', 'python3.11'),
      bin('/usr/bin/ssh', 'ssh', 1_247_000), bin('/usr/bin/scp', 'scp', 142_000), bin('/usr/bin/ssh-keygen', 'ssh-keygen', 527_000),
      bin('/usr/bin/svn', 'svn', 310_000), blob(`${lib}/libsvn_subr-1.so.1.0.0`, 1_200_000, 0o755), blob(`${lib}/libsvn_wc-1.so.1.0.0`, 880_000, 0o755),
      blob(`${lib}/libsvn_client-1.so.1.0.0`, 400_000, 0o755), blob(`${lib}/libapr-1.so.0.7.2`, 240_000, 0o755),
      ...'git-http-backend git-http-push git-imap-send scalar git-shell'.split(' ').map((name) => bin(`/usr/lib/git-core/${name}`, 'git', 1_850_000)),
      ...'fs_fs fs_x fs_base fs repos delta diff ra ra_svn ra_local ra_serf'.split(' ').map((name) => blob(`${lib}/libsvn_${name}-1.so.1.0.0`, 330_000, 0o755)),
      ...'svnadmin svnlook svnserve svnsync svnversion svndumpfilter svnrdump svnmucc'.split(' ').map((name) => bin(`/usr/bin/${name}`, name, 120_000)),
      ...'ssh-agent ssh-add ssh-keyscan sftp'.split(' ').map((name) => bin(`/usr/bin/${name}`, name, 300_000)),
      // git and subversion are translated into many languages, and their catalogs are large.
      ...'bg ca de el es fr id is it ko pl pt_PT ru sv tr uk vi zh_CN zh_TW'.split(' ').map((lang) => blob(`/usr/share/locale/${lang}/LC_MESSAGES/git.mo`, 680_000)),
      ...'de es fr it ja ko nb nl pl pt_BR sv zh_CN zh_TW'.split(' ').map((lang) => blob(`/usr/share/locale/${lang}/LC_MESSAGES/subversion.mo`, 420_000)),
      bin('/usr/bin/ps', 'ps', 150_000), bin('/usr/bin/top', 'top', 130_000), bin('/usr/bin/kill', 'kill', 30_000), bin('/usr/bin/free', 'free', 30_000),
      ...perlFull(),
      blob(`${lib}/libicuuc.so.72.1`, 2_100_000, 0o755),
      blob(`${lib}/libicudata.so.72.1`, 30_900_000, 0o755), blob(`${lib}/libicui18n.so.72.1`, 3_400_000, 0o755),
      blob('/usr/share/git-core/contrib/completion/git-completion.bash', 92_000), blob(`${lib}/libxml2.so.2.9.14`, 1_960_000, 0o755),
      blob(`${lib}/libserf-1.so.1.3.0`, 150_000, 0o755),
      blob(`${lib}/libgssapi_krb5.so.2.2`, 338_000, 0o755),
    ]),
  ],
};

export const buildpackDeps: ImageSpec = {
  repository: 'library/buildpack-deps',
  tags: ['bookworm', 'latest', 'stable'],
  created: '2024-11-12T02:21:55Z',
  base: 'library/buildpack-deps:bookworm-scm',
  config: { Env: [path], Cmd: ['bash'] },
  steps: [
    run('set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibglib2.0-dev \t\tlibgmp-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibmaxminddb-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/*', [
      bin('/usr/bin/gcc-12', 'gcc', 1_300_000), link('/usr/bin/gcc', 'gcc-12'), link('/usr/bin/cc', '/etc/alternatives/cc'), link('/etc/alternatives/cc', '/usr/bin/gcc'),
      bin('/usr/bin/g++-12', 'g++', 1_300_000), link('/usr/bin/g++', 'g++-12'), bin('/usr/bin/make', 'make', 240_000),
      bin('/usr/bin/x86_64-linux-gnu-ld.bfd', 'ld', 1_850_000), link('/usr/bin/ld', 'x86_64-linux-gnu-ld.bfd'), bin('/usr/bin/x86_64-linux-gnu-as', 'as', 800_000),
      bin('/usr/lib/gcc/x86_64-linux-gnu/12/cc1', 'cc1', 36_300_000), bin('/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus', 'cc1plus', 39_200_000),
      bin('/usr/lib/gcc/x86_64-linux-gnu/12/lto1', 'lto1', 34_700_000), bin('/usr/lib/gcc/x86_64-linux-gnu/12/lto-wrapper', 'lto-wrapper', 1_100_000),
      blob('/usr/lib/gcc/x86_64-linux-gnu/12/libstdc++.a', 6_700_000),
      blob(`${lib}/libasan.so.8.0.0`, 8_300_000, 0o755), blob(`${lib}/libtsan.so.2.0.0`, 7_700_000, 0o755), blob(`${lib}/libubsan.so.1.0.0`, 2_500_000, 0o755),
      blob(`${lib}/liblsan.so.0.0.0`, 2_700_000, 0o755), blob(`${lib}/libhwasan.so.0.0.0`, 2_900_000, 0o755), blob(`${lib}/libc.a`, 6_100_000),
      blob(`${lib}/libbfd-2.40-system.so`, 2_100_000, 0o755), blob(`${lib}/libopcodes-2.40-system.so`, 500_000, 0o755), blob(`${lib}/libisl.so.23.2.0`, 2_700_000, 0o755),
      // imagemagick pulls in Mesa for OpenGL, and Mesa's shader compiler is LLVM: the single biggest file of the image.
      blob(`${lib}/libLLVM-15.so.1`, 117_300_000, 0o755),
      blob(`${lib}/dri/radeonsi_dri.so`, 24_500_000, 0o755), blob(`${lib}/libz3.so.4`, 23_000_000, 0o755),
      blob(`${lib}/libMagickCore-6.Q16.so.6.0.0`, 6_400_000, 0o755), blob(`${lib}/libMagickWand-6.Q16.so.6.0.0`, 1_400_000, 0o755),
      blob(`${lib}/libMagickCore-6.Q16.a`, 14_200_000), blob(`${lib}/libgtk-3.so.0.2406.32`, 8_300_000, 0o755), blob(`${lib}/libglib-2.0.so.0.7400.6`, 1_300_000, 0o755),
      blob(`${lib}/libgio-2.0.so.0.7400.6`, 2_000_000, 0o755), blob(`${lib}/libX11.so.6.4.0`, 1_300_000, 0o755), blob(`${lib}/libcairo.so.2.11600.0`, 1_300_000, 0o755),
      blob(`${lib}/libmariadb.so.3`, 470_000, 0o755), blob(`${lib}/libpq.so.5.15`, 330_000, 0o755),
      blob(`${lib}/libcrypto.a`, 9_500_000), blob(`${lib}/libssl.a`, 1_300_000), blob(`${lib}/libxml2.a`, 3_200_000), blob(`${lib}/libicudata.a`, 30_800_000),
      blob(`${lib}/libicuuc.a`, 4_100_000), blob(`${lib}/libicui18n.a`, 7_400_000), blob(`${lib}/libsqlite3.a`, 2_600_000),
      blob(`${lib}/libstdc++.so.6.0.30`, 2_260_296, 0o755),
      ...toolchainCatalogs(),
      ...desktopCatalogs(),
      ...binutilsAndStaticLibraries(),
      ...developmentHeaders(),
      ...copyrightFiles(toolchainPackages),
      ...packageDocs(toolchainPackages),
      blob('/usr/share/mime/packages/freedesktop.org.xml', 2_700_000), blob('/usr/share/icons/Adwaita/icon-theme.cache', 9_800_000),
      blob('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 757_000), blob('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 706_000),
      blob('/usr/include/stdio.h', 31_000),
     
    ]),
  ],
};
