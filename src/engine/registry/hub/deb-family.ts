/**
 * The root filesystem shared by Debian and Ubuntu base images: merged /usr (`/bin` is a
 * link to `usr/bin`), bash and dash (dash is `/bin/sh`, program `sh`), GNU coreutils
 * and the other essential tools as placeholders, apt and dpkg, glibc with its gconv
 * modules, perl-base, and the shared libraries they load, each with its amd64 size.
 * Distribution differences (release files, users, extra packages) come in as options.
 */
import type { FileSpec } from './spec.ts';
import { coreutilsFiles } from './coreutils.ts';
import type { DebEtc } from './deb-etc.ts';
import { debEtcFiles } from './deb-etc.ts';
import { bin, blob, dir, kB, link, MB, text } from './files.ts';
import { gconvTail, perlBaseTail, systemToolsTail } from './deb-libs.ts';

export interface DebFamilyOptions {
  etc: DebEtc;
  bashSize: number;
  perlVersion: string;
  /** Files only this distribution release has (or with other sizes). */
  extra: FileSpec[];
}

const multiarch = '/usr/lib/x86_64-linux-gnu';

const tools: [string, string, number][] = [
  ['/usr/bin/grep', 'grep', 199_136], ['/usr/bin/sed', 'sed', 122_224], ['/usr/bin/tar', 'tar', 531_984],
  ['/usr/bin/gzip', 'gzip', 98_136], ['/usr/bin/find', 'find', 224_848], ['/usr/bin/xargs', 'xargs', 68_552],
  ['/usr/bin/diff', 'diff', 208_104], ['/usr/bin/cmp', 'cmp', 56_968], ['/usr/bin/mawk', 'awk', 162_888],
  ['/usr/bin/hostname', 'hostname', 22_760], ['/usr/bin/login', 'login', 55_552], ['/usr/bin/su', 'su', 72_000],
  ['/usr/bin/mount', 'mount', 59_704], ['/usr/bin/umount', 'umount', 35_128], ['/usr/bin/more', 'more', 55_448],
  ['/usr/bin/run-parts', 'run-parts', 27_256], ['/usr/bin/tempfile', 'tempfile', 14_800], ['/usr/bin/getent', 'getent', 35_280],
  ['/usr/bin/iconv', 'iconv', 67_968], ['/usr/bin/locale', 'locale', 59_528], ['/usr/bin/apt', 'apt', 18_824],
  ['/usr/bin/apt-get', 'apt-get', 51_688], ['/usr/bin/apt-cache', 'apt-cache', 88_712], ['/usr/bin/apt-config', 'apt-config', 27_016],
  ['/usr/bin/apt-mark', 'apt-mark', 63_624], ['/usr/bin/dpkg', 'dpkg', 310_840], ['/usr/bin/dpkg-query', 'dpkg-query', 154_128],
  ['/usr/bin/dpkg-deb', 'dpkg-deb', 158_200], ['/usr/bin/dpkg-divert', 'dpkg-divert', 150_072], ['/usr/bin/dpkg-split', 'dpkg-split', 117_304],
  ['/usr/bin/dpkg-statoverride', 'dpkg-statoverride', 80_536], ['/usr/bin/dpkg-trigger', 'dpkg-trigger', 75_704],
  ['/usr/bin/update-alternatives', 'update-alternatives', 64_280], ['/usr/bin/gpgv', 'gpgv', 280_800], ['/usr/bin/passwd', 'passwd', 68_248],
  ['/usr/bin/chsh', 'chsh', 49_496], ['/usr/bin/chfn', 'chfn', 62_792], ['/usr/bin/newgrp', 'newgrp', 40_496],
  ['/usr/bin/clear', 'clear', 14_632], ['/usr/bin/tput', 'tput', 26_984], ['/usr/bin/dmesg', 'dmesg', 76_232],
  ['/usr/bin/lsblk', 'lsblk', 157_912], ['/usr/bin/findmnt', 'findmnt', 84_192],
  ['/usr/bin/script', 'script', 55_616], ['/usr/bin/setsid', 'setsid', 14_560], ['/usr/bin/nsenter', 'nsenter', 35_200],
  ['/usr/bin/unshare', 'unshare', 47_752], ['/usr/bin/getopt', 'getopt', 22_824], ['/usr/bin/ipcs', 'ipcs', 59_344],
  ['/usr/sbin/useradd', 'useradd', 153_992], ['/usr/sbin/usermod', 'usermod', 137_896], ['/usr/sbin/userdel', 'userdel', 96_488],
  ['/usr/sbin/groupadd', 'groupadd', 88_208], ['/usr/sbin/groupdel', 'groupdel', 80_112], ['/usr/sbin/chpasswd', 'chpasswd', 63_688],
  ['/usr/sbin/ldconfig', 'ldconfig', 1_014_488], ['/usr/sbin/start-stop-daemon', 'start-stop-daemon', 51_272],
  ['/usr/sbin/nologin', 'nologin', 14_576], ['/usr/sbin/fdisk', 'fdisk', 125_480], ['/usr/sbin/blkid', 'blkid', 55_552],
  ['/usr/sbin/sulogin', 'sulogin', 47_944], ['/usr/sbin/killall5', 'killall5', 22_880], ['/usr/sbin/pam_tally2', 'pam_tally2', 14_472],
];

const libraries: [string, number][] = [
  ['libc.so.6', 1_922_136], ['libm.so.6', 907_784], ['libstdc++.so.6.0.30', 2_260_296], ['libgcc_s.so.1', 125_312],
  ['libapt-pkg.so.6.0.0', 2_018_160], ['libapt-private.so.0.0.0', 444_104], ['libdb-5.3.so', 1_801_400],
  ['libgnutls.so.30.34.3', 2_216_784], ['libp11-kit.so.0.3.0', 1_366_424], ['libunistring.so.2.2.0', 1_771_928],
  ['libsystemd.so.0.35.0', 920_712], ['libzstd.so.1.5.4', 830_536], ['libgcrypt.so.20.4.1', 1_306_784],
  ['libpcre2-8.so.0.11.2', 617_128], ['libgmp.so.10.4.1', 534_128], ['libsepol.so.2', 786_856], ['libsemanage.so.2', 301_008],
  ['libnettle.so.8.6', 293_176], ['libhogweed.so.6.6', 296_160], ['libncursesw.so.6.4', 309_920], ['libtinfo.so.6.4', 208_616],
  ['libidn2.so.0.3.8', 141_944], ['libtasn1.so.6.6.3', 84_928], ['liblzma.so.5.4.1', 186_648], ['liblz4.so.1.9.4', 133_536],
  ['libxxhash.so.0.8.1', 150_088], ['libselinux.so.1', 166_280], ['libblkid.so.1.1.0', 339_280], ['libmount.so.1.1.0', 367_368],
  ['libsmartcols.so.1.1.0', 215_456], ['libuuid.so.1.3.0', 30_888], ['libcrypt.so.1.1.0', 202_824], ['libz.so.1.2.13', 121_280],
  ['libbz2.so.1.0.4', 74_688], ['libgpg-error.so.0.33.1', 149_760], ['libudev.so.1.7.5', 223_568], ['libaudit.so.1.0.0', 133_200],
  ['libcap.so.2.66', 38_976], ['libcap-ng.so.0.0.0', 26_520], ['libacl.so.1.1.2301', 38_944], ['libattr.so.1.1.2501', 26_640],
  ['libpam.so.0.85.1', 67_920], ['libpam_misc.so.0.82.1', 14_472], ['libffi.so.8.1.2', 38_976], ['libseccomp.so.2.5.4', 133_200],
  ['libext2fs.so.2.4', 412_416], ['libcom_err.so.2.1', 18_656], ['libmd.so.0.0.5', 51_536], ['libdebconfclient.so.0.0.0', 14_544],
  ['libresolv.so.2', 68_104], ['libnss_files.so.2', 14_224], ['libnss_dns.so.2', 14_224], ['libpthread.so.0', 14_224],
  ['libdl.so.2', 14_224], ['librt.so.1', 14_224], ['libutil.so.1', 14_224], ['libanl.so.1', 14_224], ['libBrokenLocale.so.1', 14_224],
];

/** glibc's charset converters, the biggest part of libc6 after libc itself. */
const gconvModules: [string, number][] = [
  ['libCNS.so', 470_896], ['libGB.so', 71_872], ['libJIS.so', 100_712], ['libKSC.so', 43_432], ['libJISX0213.so', 128_424],
  ['BIG5.so', 80_568], ['BIG5HKSCS.so', 211_640], ['EUC-JP.so', 18_816], ['EUC-KR.so', 18_816], ['EUC-TW.so', 18_816],
  ['GBK.so', 104_664], ['GB18030.so', 198_456], 
  ['IBM930.so', 105_176], ['IBM933.so', 109_272], ['IBM935.so', 100_952], ['IBM937.so', 121_432], ['IBM939.so', 105_176],
  ['IBM1364.so', 125_528], ['IBM1371.so', 125_528], ['IBM1388.so', 109_272], ['IBM1390.so', 125_528], ['IBM1399.so', 125_528],
  ['CP932.so', 92_888], ['EUC-JP-MS.so', 100_888], ['ISO-2022-JP.so', 35_200], ['ISO-2022-CN-EXT.so', 43_432], ['SJIS.so', 100_888],
  ['UHC.so', 80_440], ['JOHAB.so', 22_912], ['TSCII.so', 22_912], ['gconv-modules.cache', 27_010],
  ...Array.from({ length: 16 }, (_, i): [string, number] => [`ISO8859-${i + 1}.so`, 14_608]),
];

const perlModules: [string, number][] = [
  ['unicore/Name.pl', 1_591_080], ['unicore/Name.pm', 18_512], ['unicore/UCD.pl', 286_728], ['POSIX.pm', 19_048],
  ['auto/POSIX/POSIX.so', 116_584], ['Carp.pm', 25_644], ['Exporter.pm', 2_330], ['strict.pm', 4_510], ['warnings.pm', 47_766],
  ['Getopt/Long.pm', 51_204], ['File/Spec/Unix.pm', 11_813], ['File/Temp.pm', 33_564], ['IO/Handle.pm', 6_432], ['Text/ParseWords.pm', 3_883],
  ['utf8_heavy.pl', 31_070], ['Config_heavy.pl', 59_348], ['Encode.pm', 11_734], ['auto/Encode/Encode.so', 153_128], ['Storable.pm', 11_820],
  ['auto/Storable/Storable.so', 107_384], ['Socket.pm', 9_016], ['auto/Socket/Socket.so', 44_232], ['Digest/MD5.pm', 2_992], ['auto/Digest/MD5/MD5.so', 31_024],
];

/** Every file of the base layer. */
export function debFamilyRootfs(o: DebFamilyOptions): FileSpec[] {
  return [
    link('/bin', 'usr/bin'),
    link('/sbin', 'usr/sbin'),
    link('/lib', 'usr/lib'),
    link('/lib64', 'usr/lib64'),
    ...['/boot', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/run/lock', '/srv', '/sys', '/usr/games', '/usr/local/bin', '/usr/local/sbin', '/usr/local/share', '/usr/src', '/var/backups', '/var/cache/apt/archives/partial', '/var/lib/apt/lists/partial', '/var/lib/misc', '/var/local', '/var/log/apt', '/var/mail', '/var/opt', '/var/spool', '/etc/apt/sources.list.d', '/etc/apt/preferences.d', '/etc/apt/trusted.gpg.d'].map((p) => dir(p)),
    dir('/root', 0o700),
    dir('/tmp', 0o1777),
    dir('/var/tmp', 0o1777),
    link('/var/run', '/run'),
    link('/var/lock', '/run/lock'),
    ...debEtcFiles(o.etc),
    bin('/usr/bin/bash', 'bash', o.bashSize),
    link('/usr/bin/rbash', 'bash'),
    bin('/usr/bin/dash', 'sh', 125_640),
    link('/usr/bin/sh', 'dash'),
    ...coreutilsFiles(),
    ...tools.map(([path, program, size]) => bin(path, program, size)),
    { path: '/usr/bin/which.debianutils', mode: 0o755, content: '#! /bin/sh\nset -ef\n\nif test -n "$KSH_VERSION"; then\n\tputs() {\n\t\tprint -r -- "$*"\n\t}\nelse\n\tputs() {\n\t\tprintf \'%s\\n\' "$*"\n\t}\nfi\n\nALLMATCHES=0\n\nwhile getopts a whichopts\ndo\n        case "$whichopts" in\n                a) ALLMATCHES=1 ;;\n                ?) puts "Usage: $0 [-a] args"; exit 2 ;;\n        esac\ndone\nshift $(($OPTIND - 1))\n\nif [ "$#" -eq 0 ]; then\n ALLRET=1\nelse\n ALLRET=0\nfi\ncase $PATH in\n    (*[!:]:) PATH="$PATH:" ;;\nesac\nfor PROGRAM in "$@"; do\n RET=1\n IFS_SAVE="$IFS"\n IFS=:\n case $PROGRAM in\n  */*)\n   if [ -f "$PROGRAM" ] && [ -x "$PROGRAM" ]; then\n    puts "$PROGRAM"\n    RET=0\n   fi\n   ;;\n  *)\n   for ELEMENT in $PATH; do\n    if [ -z "$ELEMENT" ]; then\n     ELEMENT=.\n    fi\n    if [ -f "$ELEMENT/$PROGRAM" ] && [ -x "$ELEMENT/$PROGRAM" ]; then\n     puts "$ELEMENT/$PROGRAM"\n     RET=0\n     [ "$ALLMATCHES" -eq 1 ] || break\n    fi\n   done\n   ;;\n esac\n IFS="$IFS_SAVE"\n if [ "$RET" -ne 0 ]; then\n  ALLRET=1\n fi\ndone\n\nexit "$ALLRET"\n' },
    link('/etc/alternatives/which', '/usr/bin/which.debianutils'),
    link('/usr/bin/which', '/etc/alternatives/which'),
    link('/etc/alternatives/awk', '/usr/bin/mawk'),
    link('/usr/bin/awk', '/etc/alternatives/awk'),
    { path: '/usr/bin/egrep', mode: 0o755, content: '#!/bin/sh\ncmd=${0##*/}\necho "$cmd: warning: $cmd is obsolescent; using grep -E" >&2\nexec grep -E "$@"\n' },
    { path: '/usr/bin/fgrep', mode: 0o755, content: '#!/bin/sh\ncmd=${0##*/}\necho "$cmd: warning: $cmd is obsolescent; using grep -F" >&2\nexec grep -F "$@"\n' },
    { path: '/usr/bin/zcat', mode: 0o755, content: '#!/bin/sh\nexec gzip -cd "$@"\n' },
    { path: '/usr/bin/gunzip', mode: 0o755, content: '#!/bin/sh\nexec gzip -d "$@"\n' },
    bin(`/usr/bin/perl`, 'perl', 3_926_448),
    link(`/usr/bin/perl${o.perlVersion}`, 'perl'),
    ...perlModules.map(([name, size]) => blob(`${multiarch}/perl-base/${name}`, size)),
    ...libraries.map(([name, size]) => blob(`${multiarch}/${name}`, size, 0o755)),
    blob(`${multiarch}/ld-linux-x86-64.so.2`, 210_968, 0o755),
    link('/usr/lib64/ld-linux-x86-64.so.2', '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
    ...gconvModules.map(([name, size]) => blob(`${multiarch}/gconv/${name}`, size)),
    blob('/usr/lib/locale/C.utf8/LC_CTYPE', 346_132),
    blob('/usr/lib/locale/C.utf8/LC_COLLATE', 1_406),
    blob('/usr/lib/apt/methods/http', 99_000, 0o755),
    blob('/usr/lib/apt/methods/gpgv', 67_000, 0o755),
    blob('/usr/lib/apt/methods/store', 35_000, 0o755),
    blob('/usr/lib/apt/apt-helper', 27_000, 0o755),
    ...'Template.pm Question.pm Config.pm ConfModule.pm FrontEnd.pm Db.pm Priority.pm Gettext.pm Log.pm Encoding.pm Format.pm Path.pm AutoSelect.pm Element.pm Iterator.pm Base.pm'.split(' ').map((name) => blob(`/usr/share/perl5/Debconf/${name}`, 9_800)),
    ...'Dialog Editor Noninteractive Passthrough Readline Teletype Web'.split(' ').map((name) => blob(`/usr/share/perl5/Debconf/FrontEnd/${name}.pm`, 7_500)),
    ...'DbDriver/File DbDriver/Stack DbDriver/Directory DbDriver/Backup Format/822 Client/ConfModule Element/Dialog/Select Element/Noninteractive/Select'.split(' ').map((name) => blob(`/usr/share/perl5/Debconf/${name}.pm`, 6_000)),
    blob('/usr/lib/apt/methods/rred', 59_000, 0o755),
    blob('/usr/lib/apt/methods/mirror', 99_000, 0o755),
    blob('/usr/lib/apt/methods/cdrom', 43_000, 0o755),
    blob('/usr/lib/apt/methods/file', 27_000, 0o755),
    blob('/usr/lib/apt/methods/copy', 27_000, 0o755),
    blob('/usr/lib/apt/solvers/dump', 27_000, 0o755),
    blob('/usr/lib/apt/apt.systemd.daily', 17_000, 0o755),
    ...'GPL-2 LGPL-2.1 LGPL-3 GFDL-1.2 GFDL-1.3 MPL-1.1 MPL-2.0 Artistic BSD CC0-1.0 LGPL-2'.split(' ').map((name) => blob(`/usr/share/common-licenses/${name}`, 20_000)),
    ...'a/ansi d/dumb l/linux s/screen s/screen-256color t/tmux t/tmux-256color v/vt100 v/vt102 v/vt220 x/xterm x/xterm-256color x/xterm-color'.split(' ').map((name) => blob(`/usr/share/terminfo/${name}`, 3_500)),
    blob('/usr/share/dpkg/cputable', 2_000),
    blob('/usr/share/dpkg/abitable', 900),
    blob('/usr/share/dpkg/ostable', 2_000),
    blob('/usr/share/dpkg/tupletable', 1_900),
    blob('/usr/share/common-licenses/GPL-3', 35_149),
    blob('/usr/share/common-licenses/Apache-2.0', 11_358),
    blob('/usr/share/zoneinfo/Etc/UTC', 114),
    blob('/usr/share/zoneinfo/tzdata.zi', 109_390),
    blob('/usr/share/zoneinfo/leap-seconds.list', 10_634),
    link('/etc/localtime', '/usr/share/zoneinfo/Etc/UTC'),
    text('/etc/timezone', 'Etc/UTC\n'),
    blob('/var/cache/debconf/templates.dat', 1 * MB),
    blob('/var/cache/debconf/config.dat', 16 * kB),
    blob('/var/log/dpkg.log', 60 * kB),
    blob('/var/log/alternatives.log', 2 * kB),
    ...gconvTail(),
    ...perlBaseTail(),
    ...systemToolsTail(),
    ...o.extra,
  ];
}
