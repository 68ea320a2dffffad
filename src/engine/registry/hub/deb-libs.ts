/**
 * The long tail of a Debian-family base: glibc's many charset converters, perl-base's
 * library, util-linux's system tools and the PAM modules. Each file is small; together
 * they are a third of the base layer, which is why `-slim` is still 75 MB.
 */
import type { FileSpec } from './spec.ts';
import { bin, blob, kB } from './files.ts';

const multiarch = '/usr/lib/x86_64-linux-gnu';

const ibmPages =
  '037 038 1004 1008 1008_420 1025 1026 1046 1047 1097 1112 1122 1123 1124 1129 1130 1132 1133 1137 1140 1141 1142 1143 ' +
  '1144 1145 1146 1147 1148 1149 1153 1154 1155 1156 1157 1158 1160 1161 1162 1163 1164 1166 1167 256 273 274 275 277 ' +
  '278 280 281 284 285 290 297 420 423 424 437 4517 4899 4909 4971 500 5347 803 850 851 852 855 856 857 858 860 861 862 ' +
  '863 864 865 866 866NAV 868 869 870 871 874 875 880 891 901 902 903 904 905 912 918 921 922 9066 9448';

const otherCharsets =
  'ANSI_X3.110 ARMSCII-8 ASMO_449 CP10007 CP1125 CP1250 CP1251 CP1252 CP1253 CP1254 CP1255 CP1256 CP1257 CP1258 CP737 CP770 ' +
  'CP771 CP772 CP773 CP774 CP775 CWI DEC-MCS EBCDIC-AT-DE EBCDIC-AT-DE-A EBCDIC-CA-FR EBCDIC-DK-NO EBCDIC-ES EBCDIC-FI-SE ' +
  'EBCDIC-FR EBCDIC-IS-FRISS EBCDIC-IT EBCDIC-PT EBCDIC-UK EBCDIC-US ECMA-CYRILLIC GEORGIAN-ACADEMY GEORGIAN-PS GOST_19768-74 ' +
  'GREEK-CCITT GREEK7 GREEK7-OLD HP-GREEK8 HP-ROMAN8 HP-ROMAN9 HP-THAI8 HP-TURKISH8 INIS INIS-8 INIS-CYRILLIC ISIRI-3342 ' +
  'ISO_10367-BOX ISO_11548-1 ISO_2033 ISO_5427 ISO_5427-EXT ISO_5428 ISO_6937 ISO_6937-2 ISO646 KOI-8 KOI8-R KOI8-RU KOI8-T ' +
  'KOI8-U LATIN-GREEK LATIN-GREEK-1 MAC-CENTRALEUROPE MAC-IS MAC-SAMI MAC-UK MACINTOSH MIK NATS-DANO NATS-SEFI PT154 RK1048 ' +
  'SAMI-WS2 T.61 TCVN5712-1 TIS-620 VISCII EUC-CN EUC-JISX0213 SHIFT_JISX0213 ISO-2022-CN ISO-2022-JP-3 ISO-2022-KR ' +
  'ISO-IR-197 ISO-IR-209 ISO8859-9E UNICODE UTF-16 UTF-32 UTF-7 libISOIR165';

/** glibc's gconv modules beyond the CJK ones in deb-family.ts: single-byte tables, 14–22 kB each. */
export function gconvTail(): FileSpec[] {
  return [
    ...ibmPages.split(' ').map((page) => blob(`${multiarch}/gconv/IBM${page}.so`, 18_704)),
    ...otherCharsets.split(' ').map((name) => blob(`${multiarch}/gconv/${name}.so`, 14_608)),
    blob(`${multiarch}/gconv/gconv-modules`, 56_300),
  ];
}

const perlBaseFiles: [string, number][] = [
  ['unicore/lib/Perl/Word.pl', 78_000], ['unicore/To/Uc.pl', 43_000], ['unicore/To/Lc.pl', 40_000], ['unicore/To/Cf.pl', 40_000],
  ['unicore/To/Fold.pl', 40_000], ['unicore/To/Digit.pl', 10_000], ['unicore/CombiningClass.pl', 52_000], ['unicore/Decomposition.pl', 98_000],
  ['unicore/Heavy.pl', 110_000], ['unicore/lib/Gc/L.pl', 33_000], ['unicore/lib/Sc/Han.pl', 2_000], ['unicore/uni_keywords.pl', 50_000],
  ['Pod/Perldoc.pm', 52_000], ['Pod/Usage.pm', 83_000], ['Text/Wrap.pm', 12_000], ['Text/Tabs.pm', 3_000], ['Tie/Hash.pm', 7_000],
  ['File/Basename.pm', 13_000], ['File/Path.pm', 64_000], ['File/Find.pm', 24_000], ['File/Copy.pm', 15_000], ['File/Glob.pm', 6_000],
  ['auto/File/Glob/Glob.so', 36_000], ['auto/Fcntl/Fcntl.so', 23_000], ['auto/IO/IO.so', 27_000], ['auto/List/Util/Util.so', 68_000],
  ['auto/Data/Dumper/Dumper.so', 57_000], ['auto/Cwd/Cwd.so', 19_000], ['auto/Hash/Util/Util.so', 23_000], ['auto/mro/mro.so', 19_000],
  ['auto/re/re.so', 380_000], ['auto/Time/HiRes/HiRes.so', 35_000], ['auto/Sys/Hostname/Hostname.so', 15_000], ['auto/attributes/attributes.so', 19_000],
  ['auto/B/B.so', 170_000], ['auto/Opcode/Opcode.so', 36_000], ['auto/PerlIO/scalar/scalar.so', 23_000], ['auto/IPC/SysV/SysV.so', 27_000],
  ['Data/Dumper.pm', 48_000], ['List/Util.pm', 20_000], ['Scalar/Util.pm', 8_000], ['Cwd.pm', 17_000], ['Fcntl.pm', 4_000], ['IO/File.pm', 6_000],
  ['IO/Select.pm', 9_000], ['IO/Socket.pm', 15_000], ['IO/Socket/INET.pm', 13_000], ['IPC/Open3.pm', 14_000], ['IPC/Open2.pm', 3_000],
  ['Symbol.pm', 3_000], ['SelectSaver.pm', 1_000], ['XSLoader.pm', 4_000], ['base.pm', 7_000], ['parent.pm', 2_000], ['constant.pm', 9_000],
  ['overload.pm', 6_000], ['vars.pm', 2_000], ['integer.pm', 1_000], ['feature.pm', 22_000], ['bytes.pm', 1_000], ['utf8.pm', 2_000],
  ['Config.pm', 3_000], ['Config.pod', 360_000], ['Config_git.pl', 1_000], ['B.pm', 30_000], ['re.pm', 16_000], ['Tie/Hash/NamedCapture.pm', 3_000],
];

/** perl-base, which dpkg's maintainer scripts and debconf need: the interpreter's library. */
export function perlBaseTail(): FileSpec[] {
  return perlBaseFiles.map(([name, size]) => blob(`${multiarch}/perl-base/${name}`, size));
}

const utilLinux: [string, string, number][] = [
  ['/usr/bin', 'chrt', 35_200], ['/usr/bin', 'ionice', 22_912], ['/usr/bin', 'taskset', 27_008], ['/usr/bin', 'renice', 14_560],
  ['/usr/bin', 'wall', 22_912], ['/usr/bin', 'lscpu', 105_984], ['/usr/bin', 'lsipc', 68_200], ['/usr/bin', 'lslocks', 43_432],
  ['/usr/bin', 'lslogins', 72_104], ['/usr/bin', 'lsns', 51_552], ['/usr/bin', 'prlimit', 43_432], ['/usr/bin', 'rev', 14_560],
  ['/usr/bin', 'setarch', 27_008], ['/usr/bin', 'mcookie', 27_008], ['/usr/bin', 'namei', 27_008], ['/usr/bin', 'flock', 22_912],
  ['/usr/bin', 'fallocate', 27_008], ['/usr/bin', 'mesg', 14_560], ['/usr/bin', 'whereis', 31_104], ['/usr/bin', 'uuidgen', 14_560],
  ['/usr/sbin', 'agetty', 64_248], ['/usr/sbin', 'blkdiscard', 27_008], ['/usr/sbin', 'blockdev', 31_104], ['/usr/sbin', 'chcpu', 31_104],
  ['/usr/sbin', 'ctrlaltdel', 14_560], ['/usr/sbin', 'findfs', 14_560], ['/usr/sbin', 'fsck', 51_552], ['/usr/sbin', 'fsfreeze', 14_560],
  ['/usr/sbin', 'fstrim', 51_552], ['/usr/sbin', 'hwclock', 63_248], ['/usr/sbin', 'isosize', 14_560], ['/usr/sbin', 'mkfs', 14_560],
  ['/usr/sbin', 'mkswap', 55_648], ['/usr/sbin', 'pivot_root', 14_560], ['/usr/sbin', 'runuser', 55_552], ['/usr/sbin', 'sfdisk', 104_064],
  ['/usr/sbin', 'swaplabel', 22_912], ['/usr/sbin', 'swapoff', 22_912], ['/usr/sbin', 'swapon', 47_648], ['/usr/sbin', 'switch_root', 18_656],
  ['/usr/sbin', 'wipefs', 39_264], ['/usr/sbin', 'zramctl', 59_472], ['/usr/sbin', 'losetup', 72_000], ['/usr/sbin', 'cfdisk', 88_168],
];

const pamModules =
  'access debug deny echo env exec faildelay faillock filter ftp group issue keyinit lastlog limits listfile localuser ' +
  'loginuid mail mkhomedir motd namespace nologin permit pwhistory rhosts rootok securetty selinux sepermit setquota shells ' +
  'stress succeed_if time timestamp tty_audit umask unix userdb usertype warn wheel xauth';

/** util-linux's system tools and the PAM modules that login, su and passwd load. */
export function systemToolsTail(): FileSpec[] {
  return [
    ...utilLinux.map(([dirPath, name, size]) => bin(`${dirPath}/${name}`, name, size)),
    ...pamModules.split(' ').map((name) => blob(`${multiarch}/security/pam_${name}.so`, name === 'unix' ? 63 * kB : 18_000, 0o755)),
  ];
}

const zones =
  'Africa/Abidjan Africa/Cairo Africa/Johannesburg Africa/Lagos Africa/Nairobi America/Anchorage America/Argentina/Buenos_Aires ' +
  'America/Bogota America/Chicago America/Denver America/Halifax America/Los_Angeles America/Mexico_City America/New_York ' +
  'America/Phoenix America/Sao_Paulo America/Toronto America/Vancouver Asia/Bangkok Asia/Dubai Asia/Hong_Kong Asia/Jakarta ' +
  'Asia/Jerusalem Asia/Karachi Asia/Kolkata Asia/Manila Asia/Seoul Asia/Shanghai Asia/Singapore Asia/Tehran Asia/Tokyo ' +
  'Atlantic/Reykjavik Australia/Adelaide Australia/Brisbane Australia/Melbourne Australia/Perth Australia/Sydney ' +
  'Europe/Amsterdam Europe/Athens Europe/Berlin Europe/Brussels Europe/Dublin Europe/Helsinki Europe/Istanbul Europe/Kyiv ' +
  'Europe/Lisbon Europe/London Europe/Madrid Europe/Moscow Europe/Oslo Europe/Paris Europe/Prague Europe/Rome Europe/Stockholm ' +
  'Europe/Vienna Europe/Warsaw Europe/Zurich Pacific/Auckland Pacific/Honolulu UTC GMT ' +
  'Africa/Accra Africa/Addis_Ababa Africa/Algiers Africa/Casablanca Africa/Dakar Africa/Dar_es_Salaam Africa/Kampala Africa/Khartoum ' +
  'Africa/Kinshasa Africa/Luanda Africa/Maputo Africa/Tripoli Africa/Tunis Africa/Windhoek America/Asuncion America/Caracas ' +
  'America/Chihuahua America/Costa_Rica America/Edmonton America/El_Salvador America/Guatemala America/Havana America/Jamaica ' +
  'America/La_Paz America/Lima America/Managua America/Montevideo America/Panama America/Puerto_Rico America/Regina ' +
  'America/Santiago America/Santo_Domingo America/St_Johns America/Tijuana America/Winnipeg Antarctica/McMurdo Asia/Almaty ' +
  'Asia/Amman Asia/Baghdad Asia/Baku Asia/Beirut Asia/Colombo Asia/Damascus Asia/Dhaka Asia/Ho_Chi_Minh Asia/Irkutsk ' +
  'Asia/Kabul Asia/Kamchatka Asia/Kathmandu Asia/Krasnoyarsk Asia/Kuala_Lumpur Asia/Kuwait Asia/Macau Asia/Magadan ' +
  'Asia/Novosibirsk Asia/Omsk Asia/Qatar Asia/Riyadh Asia/Taipei Asia/Tashkent Asia/Tbilisi Asia/Ulaanbaatar Asia/Vladivostok ' +
  'Asia/Yakutsk Asia/Yangon Asia/Yekaterinburg Asia/Yerevan Atlantic/Azores Atlantic/Canary Atlantic/Cape_Verde ' +
  'Australia/Darwin Australia/Hobart Europe/Belgrade Europe/Bratislava Europe/Bucharest Europe/Budapest Europe/Chisinau ' +
  'Europe/Copenhagen Europe/Gibraltar Europe/Kaliningrad Europe/Luxembourg Europe/Malta Europe/Minsk Europe/Monaco ' +
  'Europe/Riga Europe/Samara Europe/Sofia Europe/Tallinn Europe/Vilnius Europe/Volgograd Indian/Maldives Indian/Mauritius ' +
  'Pacific/Fiji Pacific/Guam Pacific/Tahiti Pacific/Tongatapu';

/** tzdata's zone files, in the plain, `posix/` and `right/` (leap-second) trees. */
export function zoneinfo(): FileSpec[] {
  return zones.split(' ').flatMap((zone) => [
    blob(`/usr/share/zoneinfo/${zone}`, 2_300),
    blob(`/usr/share/zoneinfo/posix/${zone}`, 2_300),
    blob(`/usr/share/zoneinfo/right/${zone}`, 2_900),
  ]);
}
